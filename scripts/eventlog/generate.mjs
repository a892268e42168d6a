// Writes the sterile processing example's event log, or a larger one for benchmarks.
//   node scripts/eventlog/generate.mjs            examples/sterile-processing.events.csv.gz
//   node scripts/eventlog/generate.mjs --check    exit 1 when the committed file differs
//   node scripts/eventlog/generate.mjs --events 1000000 --perturb 1 --format xes -o log.xes
// Larger logs are written as they are made, a cycle at a time, so ten million events need no
// more memory than ten.
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cycles, DEFAULTS, localText } from './sterileLog.mjs'

// Kept compressed (4.4 MB of CSV, 0.6 MB gzipped): the app and the command line read .gz as they read .csv.
export const EXAMPLE_LOG = join(dirname(fileURLToPath(import.meta.url)), '../../examples/sterile-processing.events.csv.gz')

const CSV_HEADER = 'Cycle ID,Activity,Start,End,Staff,Role,Department\n'

const csvCell = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

/** The example: local New York times without an offset, start and end of each step. */
export function exampleCsv(options = {}) {
  let out = CSV_HEADER
  for (const rows of cycles(options)) {
    for (const r of rows) {
      const times = r.missingTime ? ',' : `${localText(r.start)},${localText(r.end)}`
      out += `${r.case},${csvCell(r.activity)},${times},${csvCell(r.resource)},${csvCell(r.role)},${csvCell(r.department)}\n`
    }
  }
  return out
}

/**
 * A benchmark log of about `events` events: one time per event (its end, in UTC with its offset
 * written), as both pm4js and flowstate read it. Returns the number of events and cycles written.
 */
export function writeBenchLog(path, { events, perturb = 1, format = 'csv', seed = 1818 }) {
  const fd = openSync(path, 'w')
  let buffer = ''
  const flush = (force) => {
    if (buffer.length > (force ? 0 : 1 << 20)) {
      writeSync(fd, buffer)
      buffer = ''
    }
  }
  // About 16 events per cycle; weeks grow with the log so cycles per week stay realistic.
  const cyclesWanted = Math.max(1, Math.round(events / 16))
  const weeks = Math.max(26, Math.ceil(cyclesWanted / 150))
  const goLive = { transition: addWeeks(DEFAULTS.from, Math.round(weeks * 0.25)), future: addWeeks(DEFAULTS.from, Math.round(weeks * 0.55)) }
  if (format === 'xes') {
    buffer += '<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0" xmlns="http://www.xes-standard.org/">\n'
    buffer += '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>\n'
    buffer += '  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>\n'
    buffer += '  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>\n'
  } else buffer += 'case,activity,timestamp,resource,role,department\n'
  let written = 0
  let cycleCount = 0
  for (const rows of cycles({ seed, cycles: cyclesWanted, weeks, goLive, perturb })) {
    const kept = rows.filter((r) => !r.missingTime)
    cycleCount++
    if (format === 'xes') {
      buffer += `  <trace>\n    <string key="concept:name" value="${rows[0].case}"/>\n`
      for (const r of kept) {
        buffer += `    <event>\n      <string key="concept:name" value="${xmlAttr(r.activity)}"/>\n      <date key="time:timestamp" value="${new Date(r.end).toISOString()}"/>\n`
        buffer += `      <string key="org:resource" value="${xmlAttr(r.resource)}"/>\n      <string key="org:role" value="${xmlAttr(r.role)}"/>\n      <string key="org:group" value="${xmlAttr(r.department)}"/>\n    </event>\n`
      }
      buffer += '  </trace>\n'
    } else {
      for (const r of kept) buffer += `${r.case},${csvCell(r.activity)},${new Date(r.end).toISOString()},${csvCell(r.resource)},${csvCell(r.role)},${csvCell(r.department)}\n`
    }
    written += kept.length
    flush(false)
  }
  if (format === 'xes') buffer += '</log>\n'
  flush(true)
  closeSync(fd)
  return { events: written, cycles: cycleCount, goLive }
}

function addWeeks(day, weeks) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + weeks * 7 * 86_400_000).toISOString().slice(0, 10)
}

const xmlAttr = (v) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const value = (name) => {
    const i = args.indexOf(name)
    return i === -1 ? undefined : args[i + 1]
  }
  if (value('--events')) {
    const out = value('-o')
    if (!out) throw new Error('--events needs -o FILE')
    const r = writeBenchLog(out, { events: Number(value('--events')), perturb: Number(value('--perturb') ?? 1), format: value('--format') ?? 'csv' })
    console.log(`wrote ${out}: ${r.events} events in ${r.cycles} cycles`)
  } else if (args.includes('--check')) {
    if (gunzipSync(readFileSync(EXAMPLE_LOG)).toString('utf8') !== exampleCsv()) {
      console.error('examples/sterile-processing.events.csv.gz is out of date: run node scripts/eventlog/generate.mjs')
      process.exit(1)
    }
  } else {
    const text = exampleCsv()
    writeFileSync(EXAMPLE_LOG, gzipSync(text, { level: 9 }))
    console.log(`wrote examples/sterile-processing.events.csv.gz (${text.split('\n').length - 2} events)`)
  }
}
