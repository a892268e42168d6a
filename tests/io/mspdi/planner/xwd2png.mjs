// Converts an X window dump (xwd, 24/32 bits per pixel, ZPixmap) into a PNG, for the Planner check.
import { readFileSync, writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
const [, , inp, out] = process.argv
const b = readFileSync(inp)
const u = (i) => b.readUInt32BE(i * 4)
const headerSize = u(0), width = u(4), height = u(5), byteOrder = u(7), bpp = u(11), bpl = u(12), ncolors = u(19)
let off = headerSize + ncolors * 12
const raw = Buffer.alloc((width * 3 + 1) * height)
for (let y = 0; y < height; y++) {
  raw[y * (width * 3 + 1)] = 0
  for (let x = 0; x < width; x++) {
    const p = off + y * bpl + x * (bpp / 8)
    const v = byteOrder === 0 ? b.readUInt32LE(p) : b.readUInt32BE(p)
    const o = y * (width * 3 + 1) + 1 + x * 3
    raw[o] = (v >> 16) & 255; raw[o + 1] = (v >> 8) & 255; raw[o + 2] = v & 255
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0 })
const crc = (buf) => { let c = 0xffffffff; for (const x of buf) c = crcTable[(c ^ x) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0 }
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]) }
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 8; ihdr[9] = 2
writeFileSync(out, Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]))
console.log(width, height, bpp, byteOrder)
