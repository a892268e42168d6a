// Short random ids. Collisions are checked by the schema (ids are unique in a project);
// 12 base-36 characters give ~62 bits, plenty for hand-made maps and 50k-step imports.
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

export function newId(prefix: string): string {
  const bytes = new Uint8Array(12)
  globalThis.crypto.getRandomValues(bytes)
  let out = prefix + '_'
  for (const b of bytes) out += ALPHABET[b % 36]
  return out
}
