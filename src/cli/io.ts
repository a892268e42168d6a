// What the command line touches outside itself, behind one interface so tests can run it in
// memory and the real command runs it on the file system.
import { closeSync, createReadStream, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { createGunzip } from 'node:zlib'
import { formatBytes, LIMITS } from '../domain/model/limits'
import { UsageError } from './errors'

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Colour only on a terminal, and never when NO_COLOR is set. */
  color: boolean
  readFile(path: string): Uint8Array
  writeFile(path: string, text: string): void
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
    readFile: readInput,
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

/** Reads a file the user named, refusing directories and files over the size limit before reading them. */
function readInput(path: string): Uint8Array {
  let size: number
  try {
    const st = statSync(path)
    if (st.isDirectory()) throw new UsageError(`${path}: is a directory, not a file`)
    size = st.size
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError(`${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${reason(e)})`}`)
  }
  if (size > LIMITS.fileBytes) throw new UsageError(`${path}: file is ${formatBytes(size)}; the limit is ${formatBytes(LIMITS.fileBytes)}`)
  try {
    return readFileSync(path)
  } catch (e) {
    throw new UsageError(`${path}: cannot read (${reason(e)})`)
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
