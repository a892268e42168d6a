// A 100 MB log read as a stream: made a chunk at a time, read a chunk at a time (two passes), each
// case handed on as soon as it is complete; the memory in use never grows toward the file's size.
import { describe, expect, it } from 'vitest'
import { Pseudonyms } from '../../../src/domain/observe'
import { readCases, scanLog, type ByteSource } from '../../../src/io/eventlog/readLog'
import { TEST_KEY } from './logHelpers'

const TARGET_BYTES = 100 * 1024 * 1024
const ACTIVITIES = ['Surgical case end', 'Point-of-use pre-clean', 'Courier pickup', 'Manual clean and washer load', 'Washer cycle', 'Tray inspected and assembled', 'Sterilizer cycle', 'Load released']

/** About 100 MB of CSV, rows of interleaved cases in time order, never held whole. */
const hundredMegabytes: ByteSource = async function* () {
  const encoder = new TextEncoder()
  yield encoder.encode('case,activity,timestamp,resource,role,department\n')
  let written = 0
  let row = 0
  const start = Date.UTC(2026, 2, 2)
  while (written < TARGET_BYTES) {
    let chunk = ''
    for (let k = 0; k < 2048; k++, row++) {
      // Eight cases open at a time: each case's events are spread over the file.
      const c = Math.floor(row / 64) * 8 + (row % 8)
      const step = Math.floor((row % 64) / 8)
      chunk += `cycle-${c},${ACTIVITIES[step]},${new Date(start + row * 60_000).toISOString()},Staff member ${row % 37},Prep tech,Main OR\n`
    }
    const bytes = encoder.encode(chunk)
    written += bytes.length
    yield bytes
  }
}

describe('a 100 MB log', () => {
  it('is read as a stream, in two passes, without holding it', async () => {
    const options = { format: 'csv' as const, delimiter: ',', mapping: { case: 0, activity: 1, end: 2, resource: 3, role: 4, department: 5 }, timestampFormat: 'iso' as const, zone: 'UTC', pseudonyms: new Pseudonyms(TEST_KEY) }
    const before = process.memoryUsage().heapUsed
    let peak = before
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed)
    }
    const scan = await scanLog(hundredMegabytes, { ...options, onProgress: sample })
    let cases = 0
    let events = 0
    const notes = await readCases(hundredMegabytes, { ...options, onProgress: sample }, scan, (c) => {
      cases++
      events += c.events.length
      if (c.events.length !== 8) throw new Error(`case ${c.id} has ${c.events.length} events`)
    })
    expect(notes.events).toBe(events)
    expect(events).toBeGreaterThan(1_000_000)
    expect(cases).toBe(events / 8)
    expect(notes.badRowCount).toBe(0)
    expect(scan.activities.map((a) => a.activity).sort()).toEqual([...ACTIVITIES].sort())
    // The per-case row counts of the first pass are held (a number per case); the file is not.
    expect(peak - before).toBeLessThan(TARGET_BYTES)
  }, 300_000)
})
