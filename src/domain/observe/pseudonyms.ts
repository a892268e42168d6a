// Case ids and resource names hold patient and staff identities. On import they are replaced by
// keyed hashes; the originals are never kept. One key per project, kept in this browser: the same
// tray cycle or person gets the same pseudonym in every import of that project, so two logs of
// one project join, and nobody without the key can go back to the name.
import { KeyedHash, toHex } from './keyedHash'

export type PseudonymField = 'case' | 'resource'

const PREFIX: Record<PseudonymField, string> = { case: 'C-', resource: 'P-' }
/** 64 bits for cases (a million cases collide with odds of about 1 in 30 million), 40 for people. */
const HEX_DIGITS: Record<PseudonymField, number> = { case: 16, resource: 10 }

export const KEY_BYTES = 32

export class Pseudonyms {
  private readonly hash: KeyedHash
  private readonly seen: Record<PseudonymField, Map<string, string>> = { case: new Map(), resource: new Map() }

  constructor(key: Uint8Array) {
    if (key.length < 16) throw new Error('a pseudonym key needs at least 16 bytes')
    this.hash = new KeyedHash(key)
  }

  /** The pseudonym of `value` in `field`; the field is part of the hashed message, so a name used as a case id gets an unrelated pseudonym. */
  of(field: PseudonymField, value: string): string {
    const seen = this.seen[field]
    let p = seen.get(value)
    if (p === undefined) {
      const mac = this.hash.macText(`${field}\u0000${value}`)
      p = PREFIX[field] + toHex(mac, HEX_DIGITS[field] / 2)
      // A long import meets each case a dozen times and each person thousands of times; the cache
      // is dropped when it grows past what one import's open cases need.
      if (seen.size > 200_000) seen.clear()
      seen.set(value, p)
    }
    return p
  }
}

/** A fresh random key (crypto.getRandomValues exists in browsers, workers and Node 20). */
export function newPseudonymKey(): Uint8Array {
  const key = new Uint8Array(KEY_BYTES)
  globalThis.crypto.getRandomValues(key)
  return key
}
