// npm run bench:bpmn: `flowstate diff` against bpmn-js-differ (with bpmn-moddle) on the same
// generated BPMN pairs of 500, 1,000 and 10,000 steps, in the same run, each a whole process
// (start, read both files, diff, print). Runs alternate between the two tools so both see the
// same machine load. Prints medians of wall time (and of CPU time when /usr/bin/time exists)
// and the ratio; writes bench/.out/bpmn/results.json.
// Usage: node bench/bpmn/run.js [--runs N] [--sizes 500,1000,10000]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generatePair } from './generate.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const out = join(root, 'bench/.out/bpmn')
mkdirSync(out, { recursive: true })
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : process.argv[i + 1]
}
const sizes = arg('sizes', '500,1000,10000').split(',').map(Number)
const runs = Number(arg('runs', '5'))
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null

/** One whole process: wall time here, CPU time (user + system) from /usr/bin/time when there is one. */
function timed(args) {
  const cmd = TIME ?? process.execPath
  const argv = TIME ? ['-f', '__cpu %U %S', process.execPath, ...args] : args
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd, argv, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 300_000 })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  const cpu = /__cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '')
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null, status: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error?.code === 'ETIMEDOUT' }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b)
  if (s.length === 0) return null
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const round = (x) => (x === null ? null : Math.round(x))

// Warm the bundle once so no run pays for a rebuild.
timed([join(root, 'bin/flowstate.js'), '--version'])

const results = []
for (const n of sizes) {
  const pair = generatePair(n)
  const before = join(out, `steps-${n}.before.bpmn`)
  const after = join(out, `steps-${n}.after.bpmn`)
  writeFileSync(before, pair.before)
  writeFileSync(after, pair.after)

  const ours = []
  const theirs = []
  let summary = null
  let reference = null
  for (let i = 0; i < runs; i++) {
    const r = timed([join(root, 'bin/flowstate.js'), 'diff', before, after, '--json'])
    if (r.status !== 0) throw new Error(`flowstate diff failed at ${n} steps: ${r.stderr}`)
    ours.push(r)
    summary ??= JSON.parse(r.stdout).summary
    // An overflow does not get faster on a second try: the reference runs until it fails once.
    if (reference === null || reference.ok) {
      const d = timed([join(root, 'bench/bpmn/differ.js'), before, after])
      reference = d.timedOut ? { ok: false, error: 'timed out after 300 s' } : JSON.parse(d.stdout.trim().split('\n').pop())
      theirs.push(d)
    }
  }
  const row = {
    steps: n,
    bytes: pair.before.length + pair.after.length,
    flowstate: { wallMs: round(median(ours.map((r) => r.ms))), cpuMs: round(median(ours.map((r) => r.cpuMs))), ...pick(summary) },
    bpmnJsDiffer: { wallMs: round(median(theirs.map((r) => r.ms))), cpuMs: round(median(theirs.map((r) => r.cpuMs))), result: reference },
  }
  row.ratio = reference.ok ? Math.round((row.bpmnJsDiffer.wallMs / row.flowstate.wallMs) * 10) / 10 : null
  row.cpuRatio = reference.ok && row.flowstate.cpuMs ? Math.round((row.bpmnJsDiffer.cpuMs / row.flowstate.cpuMs) * 10) / 10 : null
  results.push(row)
  const cpu = (x) => (x === null ? '' : ` (cpu ${x} ms)`)
  const theirsText = reference.ok ? `${row.bpmnJsDiffer.wallMs} ms${cpu(row.bpmnJsDiffer.cpuMs)}` : `failed after ${row.bpmnJsDiffer.wallMs} ms: ${reference.error}`
  console.log(
    `${String(n).padStart(6)} steps  flowstate diff ${row.flowstate.wallMs} ms${cpu(row.flowstate.cpuMs)}   bpmn-js-differ ${theirsText}   ${row.ratio === null ? '' : `${row.ratio}× faster (cpu ${row.cpuRatio}×)`}`,
  )
}
writeFileSync(join(out, 'results.json'), JSON.stringify({ node: process.version, runs, results }, null, 2) + '\n')
console.log(`medians of ${runs} alternating runs each, whole process (start, read both files, diff, print JSON); ${join(out, 'results.json')}`)

function pick(s) {
  return { stepsAdded: s.stepsAdded, stepsRemoved: s.stepsRemoved, stepsChanged: s.stepsChanged }
}
