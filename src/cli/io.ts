// What the command line touches outside itself, behind one interface so tests can run it in
// memory and the real command runs it on the file system.
import { closeSync, createReadStream, fstatSync, openSync, readSync, realpathSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { createGunzip } from 'node:zlib'
import { formatBytes } from '../domain/model/limits'
import { UsageError } from './errors'

/**
 * How much of a file may be read: `limit(head)` sees the first bytes (up to 64 KB) and returns
 * the most the whole file may hold, or throws a UsageError when the head already says it is not
 * an input at all. `what` names the kind of file for the message ("a BPMN file").
 */
export interface ReadLimit {
  limit(head: Uint8Array): { bytes: number; what: string }
}

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Colour only on a terminal, and never when NO_COLOR is set. */
  color: boolean
  /** stdout is a terminal: a file shown there has its control characters escaped. */
  terminal?: boolean
  readFile(path: string, limit: ReadLimit): Uint8Array
  writeFile(path: string, text: string): void
  /** True when the two paths name one file (through links or different spellings); false when either does not exist. */
  sameFile(a: string, b: string): boolean
  /** A large file read as a stream of chunks, as often as asked (event logs); .gz files are decompressed. */
  streamFile?(path: string): () => AsyncIterable<Uint8Array>
  /** Lines written one after the other to a file (the deviations export of a long log). */
  appendTo?(path: string): { write(text: string): void; close(): void }
}

export function nodeIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    terminal: Boolean(process.stdout.isTTY),
    readFile: readInput,
    sameFile,
    writeFile: (path, text) => {
      try {
        writeFileSync(path, text)
      } catch (e) {
        throw new UsageError(`${path}: ${writeProblem(path, e)}`)
      }
    },
    streamFile,
    appendTo: (path) => {
      let fd: number
      try {
        writeFileSync(path, '')
        fd = openSync(path, 'a')
      } catch (e) {
        throw new UsageError(`${path}: ${writeProblem(path, e)}`)
      }
      return { write: (text) => writeSync(fd, text), close: () => closeSync(fd) }
    },
  }
}

/** No size limit here: a log is read a megabyte at a time and never held whole. */
function streamFile(path: string): () => AsyncIterable<Uint8Array> {
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`${path}: is a directory, not a file`)
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError(`${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${reason(e)})`}`)
  }
  return () => {
    const file = createReadStream(path, { highWaterMark: 1 << 20 })
    return /\.gz$/i.test(path) ? file.pipe(createGunzip({ chunkSize: 1 << 20 })) : file
  }
}

/** `-o` must never name a file the command reads: it would be cut short before it was read whole. */
export function refuseOverwritingInput(io: CliIo, inputs: readonly string[], out: string | undefined): void {
  if (out === undefined || out === '-') return
  const input = inputs.find((f) => io.sameFile(f, out))
  if (input !== undefined) throw new UsageError(`-o ${out}: that is the input file ${input}; write the result to another file`)
}

const HEAD_BYTES = 64 * 1024

/**
 * Reads a file the user named, never more than its limit whatever the file system says of its
 * size: /dev/zero and a FIFO report 0 bytes and never end, a growing log grows while we read.
 * Directories are refused before reading.
 */
function readInput(path: string, readLimit: ReadLimit): Uint8Array {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (e) {
    throw new UsageError(`${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${reason(e)})`}`)
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new UsageError(`${path}: is a directory, not a file`)
    const head = readUpTo(fd, path, HEAD_BYTES)
    const { bytes: max, what } = readLimit.limit(head)
    const tooLarge = () => new UsageError(`${path}: more than ${formatBytes(max)}; ${what} holds at most ${formatBytes(max)}`)
    if (head.length > max) throw tooLarge()
    if (head.length < HEAD_BYTES) return head
    // One byte past the limit tells a file at the limit from a larger one.
    const rest = readUpTo(fd, path, max - head.length + 1)
    if (head.length + rest.length > max) throw tooLarge()
    const all = new Uint8Array(head.length + rest.length)
    all.set(head)
    all.set(rest, head.length)
    return all
  } finally {
    closeSync(fd)
  }
}

/** Up to `max` bytes from the file's current position, fewer at its end. */
function readUpTo(fd: number, path: string, max: number): Uint8Array {
  const chunks: Uint8Array[] = []
  let total = 0
  while (total < max) {
    const chunk = new Uint8Array(Math.min(max - total, 1024 * 1024))
    let n: number
    try {
      n = readSync(fd, chunk, 0, chunk.length, null)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue
      throw new UsageError(`${path}: cannot read (${reason(e)})`)
    }
    if (n === 0) break
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n))
    total += n
  }
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true
  try {
    const [x, y] = [statSync(a), statSync(b)]
    if (x.ino === y.ino && x.dev === y.dev) return true
    return realpathSync(a) === realpathSync(b)
  } catch {
    return false
  }
}

// The usual reasons in words, so "-o reports/plan.csv" in a folder not yet made says what to do.
function writeProblem(path: string, e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `cannot write: the folder ${dirname(path)} does not exist`
    case 'EISDIR':
      return 'is a directory; name a file to write'
    case 'EACCES':
    case 'EPERM':
      return 'cannot write: permission denied'
    case 'EROFS':
      return 'cannot write: the file system is read-only'
    default:
      return `cannot write (${reason(e)})`
  }
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException
  return err.code ?? (e instanceof Error ? e.message : String(e))
}
