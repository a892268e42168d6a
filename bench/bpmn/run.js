// npm run bench:bpmn: `flowstate diff` against bpmn-js-differ (with bpmn-moddle) on the same
// generated BPMN pairs of 500, 1,000 and 2,000 steps, in the same run, each a whole process
// (start, read both files, diff, print), and 10,000 steps for flowstate alone (bpmn-js-differ
// compares arrays with a quadratic longest-common-subsequence table and a recursive walk back
// through it: on these files it overflows its stack from about 3,000 steps; --reference-max 20000
// runs it anyway). Runs alternate between the two tools so both see the same machine load. Prints
// medians of wall time (and of CPU time when /usr/bin/time exists) and the ratio, then the same
// comparison inside one warm process (bench/bpmn/inProcess.ts). A bare `node -e 0` is timed too:
// no command can start faster than that. Writes bench/results/bpmn.json (the files go to
// bench/.out/bpmn).
// Usage: node bench/bpmn/run.js [--runs N] [--sizes 500,1000,2000,10000] [--reference-max 2000]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
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
const sizes = arg('sizes', '500,1000,2000,10000').split(',').map(Number)
const runs = Number(arg('runs', '7'))
const referenceMax = Number(arg('reference-max', '2000'))
const loadBefore = loadavg()
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
const bare = []
for (let i = 0; i < runs; i++) bare.push(timed(['-e', '0']))
const nodeStart = { wallMs: round(median(bare.map((r) => r.ms))), cpuMs: round(median(bare.map((r) => r.cpuMs))) }
console.log(`node -e 0 (a process that does nothing) ${nodeStart.wallMs} ms`)

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
    if (n <= referenceMax && (reference === null || reference.ok)) {
      const d = timed([join(root, 'bench/bpmn/differ.js'), before, after])
      reference = d.timedOut ? { ok: false, error: 'timed out after 300 s' } : JSON.parse(d.stdout.trim().split('\n').pop())
      theirs.push(d)
    }
  }
  const row = {
    steps: n,
    bytes: pair.before.length + pair.after.length,
    flowstate: { wallMs: round(median(ours.map((r) => r.ms))), cpuMs: round(median(ours.map((r) => r.cpuMs))), ...pick(summary) },
    bpmnJsDiffer: reference === null ? null : { wallMs: round(median(theirs.map((r) => r.ms))), cpuMs: round(median(theirs.map((r) => r.cpuMs))), result: reference },
  }
  row.ratio = reference?.ok ? Math.round((row.bpmnJsDiffer.wallMs / row.flowstate.wallMs) * 10) / 10 : null
  row.cpuRatio = reference?.ok && row.flowstate.cpuMs ? Math.round((row.bpmnJsDiffer.cpuMs / row.flowstate.cpuMs) * 10) / 10 : null
  results.push(row)
  const cpu = (x) => (x === null ? '' : ` (cpu ${x} ms)`)
  const theirsText = reference === null ? 'not run at this size' : reference.ok ? `${row.bpmnJsDiffer.wallMs} ms${cpu(row.bpmnJsDiffer.cpuMs)}` : `failed after ${row.bpmnJsDiffer.wallMs} ms: ${reference.error}`
  console.log(
    `${String(n).padStart(6)} steps  flowstate diff ${row.flowstate.wallMs} ms${cpu(row.flowstate.cpuMs)}   bpmn-js-differ ${theirsText}   ${row.ratio === null ? '' : `${row.ratio}× faster (cpu ${row.cpuRatio}×)`}`,
  )
}
// The same comparison inside one warm process (the app, a service): reading and diffing only.
const inProcess = []
for (const n of sizes.filter((n) => n <= referenceMax && n >= 1000)) {
  const r = spawnSync(process.execPath, [join(root, 'bench/node.mjs'), 'bench/bpmn/inProcess.ts', String(n)], { cwd: root, encoding: 'utf8', timeout: 600_000 })
  if (r.status !== 0) throw new Error(`in-process comparison failed at ${n} steps: ${r.stderr}`)
  const row = JSON.parse(r.stdout.trim().split('\n').pop())
  inProcess.push(row)
  console.log(`${String(n).padStart(6)} steps  in one warm process: flowstate ${row.flowstateMs} ms, bpmn-js-differ ${row.bpmnJsDifferMs} ms, ${row.ratio}× faster`)
}

const resultsDir = join(root, 'bench/results')
mkdirSync(resultsDir, { recursive: true })
const r2 = (xs) => xs.map((x) => Math.round(x * 100) / 100)
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, loadAverage: { before: r2(loadBefore), after: r2(loadavg()) } }
writeFileSync(join(resultsDir, 'bpmn.json'), JSON.stringify({ date: new Date().toISOString(), machine, runs, nodeStart, budget: { 'ratio at 1,000 steps': 20 }, results, inProcess }, null, 2) + '\n')
console.log(`medians of ${runs} alternating runs each, whole process (start, read both files, diff, print JSON); ${join(resultsDir, 'bpmn.json')}`)

function pick(s) {
  return { stepsAdded: s.stepsAdded, stepsRemoved: s.stepsRemoved, stepsChanged: s.stepsChanged }
}
