// Pseudonyms for case ids and staff names: HMAC-SHA-256 (RFC 2104, FIPS 180-4) with a key kept in
// this browser's project. Written here rather than taken from WebCrypto because WebCrypto is
// asynchronous: a million events would mean a million awaits, and the command line and the
// import worker need the same pseudonyms from the same key, synchronously.
// The same value and key always give the same pseudonym; without the key, nobody can go back
// from a pseudonym to the name, nor test a guessed name against it.

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])
const INITIAL = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19])

const W = new Uint32Array(64)

function compress(h: Uint32Array, block: Uint8Array, at: number): void {
  for (let t = 0; t < 16; t++) {
    const i = at + t * 4
    W[t] = (block[i]! << 24) | (block[i + 1]! << 16) | (block[i + 2]! << 8) | block[i + 3]!
  }
  for (let t = 16; t < 64; t++) {
    const a = W[t - 15]!
    const b = W[t - 2]!
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3)
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10)
    W[t] = (W[t - 16]! + s0 + W[t - 7]! + s1) | 0
  }
  let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, k = h[7]!
  for (let t = 0; t < 64; t++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
    const ch = (e & f) ^ (~e & g)
    const t1 = (k + s1 + ch + K[t]! + W[t]!) | 0
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
    const maj = (a & b) ^ (a & c) ^ (b & c)
    const t2 = (s0 + maj) | 0
    k = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  h[0] = (h[0]! + a) | 0
  h[1] = (h[1]! + b) | 0
  h[2] = (h[2]! + c) | 0
  h[3] = (h[3]! + d) | 0
  h[4] = (h[4]! + e) | 0
  h[5] = (h[5]! + f) | 0
  h[6] = (h[6]! + g) | 0
  h[7] = (h[7]! + k) | 0
}

/** SHA-256 of `prefix` (whole 64-byte blocks, already compressed into `state`) followed by `data`. */
function finish(state: Uint32Array, prefixBytes: number, data: Uint8Array): Uint8Array {
  const h = state.slice()
  const full = data.length - (data.length % 64)
  for (let i = 0; i < full; i += 64) compress(h, data, i)
  const tail = new Uint8Array(data.length - full < 56 ? 64 : 128)
  tail.set(data.subarray(full))
  tail[data.length - full] = 0x80
  const bits = (prefixBytes + data.length) * 8
  const view = new DataView(tail.buffer)
  view.setUint32(tail.length - 8, Math.floor(bits / 0x100000000))
  view.setUint32(tail.length - 4, bits >>> 0)
  for (let i = 0; i < tail.length; i += 64) compress(h, tail, i)
  const out = new Uint8Array(32)
  const outView = new DataView(out.buffer)
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]!)
  return out
}

export function sha256(data: Uint8Array): Uint8Array {
  return finish(INITIAL, 0, data)
}

const encoder = new TextEncoder()

/**
 * HMAC-SHA-256 with one key, many messages: the key's inner and outer blocks are compressed
 * once, so each message costs two short hashes.
 */
export class KeyedHash {
  private readonly inner: Uint32Array
  private readonly outer: Uint32Array

  constructor(key: Uint8Array) {
    const block = new Uint8Array(64)
    block.set(key.length > 64 ? sha256(key) : key)
    const ipad = block.map((b) => b ^ 0x36)
    const opad = block.map((b) => b ^ 0x5c)
    this.inner = INITIAL.slice()
    compress(this.inner, ipad, 0)
    this.outer = INITIAL.slice()
    compress(this.outer, opad, 0)
  }

  mac(message: Uint8Array): Uint8Array {
    return finish(this.outer, 64, finish(this.inner, 64, message))
  }

  macText(text: string): Uint8Array {
    return this.mac(encoder.encode(text))
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

export function toHex(bytes: Uint8Array, length = bytes.length): string {
  let s = ''
  for (let i = 0; i < length; i++) s += HEX[bytes[i]!]
  return s
}

export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new Error('not a hexadecimal key')
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}
