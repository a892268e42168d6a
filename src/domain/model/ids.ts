// Short random ids. Collisions are checked by the schema (ids are unique in a project);
// 12 base-36 characters give ~62 bits, plenty for hand-made maps and 50k-step imports.
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

// Random bytes are drawn for 256 ids at a time: getRandomValues costs microseconds per call,
// and a 10,000-step BPMN import makes some 20,000 ids.
const POOL = new Uint8Array(12 * 256)
let used = POOL.length

export function newId(prefix: string): string {
  if (used + 12 > POOL.length) {
    globalThis.crypto.getRandomValues(POOL)
    used = 0
  }
  let out = prefix + '_'
  for (let i = used; i < used + 12; i++) out += ALPHABET[POOL[i]! % 36]
  used += 12
  return out
}
