import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { KeyedHash, sha256, toHex } from '../../../src/domain/observe/keyedHash'
import { Pseudonyms } from '../../../src/domain/observe'

describe('keyed hashes', () => {
  it('are SHA-256 and HMAC-SHA-256 exactly, for messages of every length around the block size', () => {
    const key = new TextEncoder().encode('a project key of thirty-two byte')
    const long = new Uint8Array(100).fill(9)
    const h = new KeyedHash(key)
    for (let n = 0; n < 140; n++) {
      const msg = new Uint8Array(n).map((_, i) => (i * 31 + n) & 255)
      expect(toHex(sha256(msg))).toBe(createHash('sha256').update(msg).digest('hex'))
      expect(toHex(h.mac(msg))).toBe(createHmac('sha256', key).update(msg).digest('hex'))
      expect(toHex(new KeyedHash(long).mac(msg))).toBe(createHmac('sha256', long).update(msg).digest('hex'))
    }
  })
})

describe('pseudonyms', () => {
  const key = new Uint8Array(32).fill(1)

  it('are the same for the same value and key, different for another key or another field', () => {
    const p = new Pseudonyms(key)
    expect(p.of('case', 'MRN 4711')).toBe(new Pseudonyms(key).of('case', 'MRN 4711'))
    expect(p.of('case', 'MRN 4711')).not.toBe(new Pseudonyms(new Uint8Array(32).fill(2)).of('case', 'MRN 4711'))
    expect(p.of('case', 'Ann')).not.toBe(p.of('resource', 'Ann').replace('P-', 'C-'))
    expect(p.of('case', 'MRN 4711')).toMatch(/^C-[0-9a-f]{16}$/)
    expect(p.of('resource', 'Ann Smith')).toMatch(/^P-[0-9a-f]{10}$/)
  })

  it('refuse a short key', () => {
    expect(() => new Pseudonyms(new Uint8Array(8))).toThrow('at least 16 bytes')
  })
})
