// Reading a log held in a string, in chunks of a chosen size, through the same two passes as a file.
import type { LogCase, ReadingNotes } from '../../../src/domain/observe'
import { Pseudonyms } from '../../../src/domain/observe'
import { readCases, scanLog, type ByteSource, type LogReadOptions } from '../../../src/io/eventlog/readLog'

export function stringSource(text: string, chunkBytes = 7): ByteSource {
  const bytes = new TextEncoder().encode(text)
  return async function* () {
    for (let i = 0; i < bytes.length; i += chunkBytes) yield bytes.subarray(i, i + chunkBytes)
  }
}

export const TEST_KEY = new Uint8Array(32).fill(7)

export async function readLogText(
  text: string,
  options: Partial<LogReadOptions> & Pick<LogReadOptions, 'format'>,
  chunkBytes = 7,
): Promise<{ cases: LogCase[]; notes: ReadingNotes; activities: { activity: string; events: number }[] }> {
  const full: LogReadOptions = { zone: 'UTC', pseudonyms: null, ...options }
  const source = stringSource(text, chunkBytes)
  const scan = await scanLog(source, full)
  const cases: LogCase[] = []
  const notes = await readCases(source, full, scan, (c) => cases.push(c))
  return { cases, notes, activities: scan.activities }
}

export const pseudonyms = () => new Pseudonyms(TEST_KEY)
