// A realistic event log of the sterile processing example: tray cycles from the end of a surgical
// case to the trays recorded in the next case, as the hospital's systems record them (the OR
// system, the washer and sterilizer controllers, the instrument tracking system once it is live,
// and the paper load log, transcribed by the quality team for this study).
//
// Before the tracking system's go-live every cycle follows the current state. After it, a growing
// share follows the transition state; after the scanners' go-live, a growing share the future
// state. The day surgery centre lags: many of its cycles keep the paper log (and the reconciling
// of paper with the system) long after go-live. Noise as real logs have it: a scan forgotten, two
// rows in the wrong order, a row exported twice, a row without a time, a label reprinted; rework
// when a tray fails inspection; and longer waits on the night shift.
// Deterministic: the same seed gives the same log, byte for byte.

export const ZONE = 'America/New_York'

/** Activities as the log names them, with the role the log records and how long the work and the wait before it take (minutes). */
const A = {
  caseEnd: { name: 'Surgical case end', role: 'OR nurse', touch: 0 },
  preclean: { name: 'Point-of-use pre-clean', role: 'OR nurse', touch: 5, wait: 2 },
  courier: { name: 'Courier pickup', role: 'Courier', touch: 10, wait: 25 },
  lift: { name: 'Cart sent down dirty lift', role: 'OR nurse', touch: 2, wait: 3 },
  keyIn: { name: 'Tray ID keyed in at receipt', role: 'Decon tech', touch: 4, wait: 5 },
  scanIn: { name: 'Tray scanned at receipt', role: 'Decon tech', touch: 1, wait: 3 },
  clean: { name: 'Manual clean and washer load', role: 'Decon tech', touch: 15, wait: 8 },
  washer: { name: 'Washer cycle', role: 'Decon tech', touch: 60, wait: 2 },
  assembled: { name: 'Tray inspected and assembled', role: 'Prep tech', touch: 20, wait: 15 },
  paperLoad: { name: 'Sterilizer load written in paper log', role: 'Prep tech', touch: 8, wait: 20 },
  keyLoad: { name: 'Sterilizer load keyed in', role: 'Prep tech', touch: 12, wait: 20 },
  scanLoad: { name: 'Trays scanned into load', role: 'Prep tech', touch: 4, wait: 15 },
  sterilizer: { name: 'Sterilizer cycle', role: 'Prep tech', touch: 60, wait: 2 },
  printout: { name: 'Cycle printout checked', role: 'Prep tech', touch: 4, wait: 5 },
  confirm: { name: 'Cycle record confirmed', role: 'Prep tech', touch: 3, wait: 3 },
  biOld: { name: 'Biological indicator read', role: 'Prep tech', touch: 3, wait: 180 },
  biRapid: { name: 'Biological indicator read', role: 'Prep tech', touch: 2, wait: 30 },
  reconcile: { name: 'Paper log reconciled with tracking system', role: 'Tracking super user', touch: 15, wait: 30 },
  release: { name: 'Load released', role: 'SPD supervisor', touch: 10, wait: 45 },
  releaseScan: { name: 'Load released by scan', role: 'Prep tech', touch: 1, wait: 2 },
  shelve: { name: 'Trays shelved', role: 'Storage tech', touch: 5, wait: 10 },
  pick: { name: 'Case cart picked', role: 'Storage tech', touch: 15, wait: 90 },
  courierBack: { name: 'Case cart delivered', role: 'Courier', touch: 10, wait: 20 },
  liftBack: { name: 'Cart sent up clean lift', role: 'Storage tech', touch: 2, wait: 5 },
  checkCart: { name: 'Trays recorded in case record', role: 'OR nurse', touch: 5, wait: 15 },
  reprint: { name: 'Tray label reprinted', role: 'Prep tech', touch: 1, wait: 2 },
}

const WAYS = {
  current: [A.caseEnd, A.preclean, A.courier, A.clean, A.washer, A.assembled, A.paperLoad, A.sterilizer, A.printout, A.biOld, A.release, A.shelve, A.pick, A.courierBack, A.checkCart],
  transition: [A.caseEnd, A.preclean, A.courier, A.keyIn, A.clean, A.washer, A.assembled, A.keyLoad, A.sterilizer, A.printout, A.biOld, A.reconcile, A.release, A.shelve, A.pick, A.courierBack, A.checkCart],
  future: [A.caseEnd, A.preclean, A.lift, A.scanIn, A.clean, A.washer, A.assembled, A.scanLoad, A.sterilizer, A.confirm, A.biRapid, A.releaseScan, A.shelve, A.pick, A.liftBack, A.checkCart],
}

const DEPARTMENTS = [
  { name: 'Main OR', share: 0.55, lag: 0 },
  { name: 'Cardiac OR', share: 0.2, lag: 0.05 },
  { name: 'Day surgery centre', share: 0.25, lag: 0.55 },
]

const STAFF = {
  'OR nurse': ['Alicia Moreno', 'Ben Carter', 'Chloe Nguyen', 'Daniel Osei', 'Emma Fischer', 'Grace Liu', 'Hannah Brooks', 'Ivan Petrov'],
  Courier: ['Jamal Reed', 'Kevin Walsh', 'Luis Ortega'],
  'Decon tech': ['Maria Lopez', 'Nadia Haddad', 'Omar Farouk', 'Paula Jensen', 'Quinn Adler'],
  'Prep tech': ['Rosa Diaz', 'Sam Whitfield', 'Tara Singh', 'Uma Patel', 'Victor Hale', 'Wendy Zhao'],
  'Tracking super user': ['Xavier Bell', 'Yara Cohen'],
  'SPD supervisor': ['Zoe Kaplan', 'Aaron Mills'],
  'Storage tech': ['Bianca Ruiz', 'Carl Jensen', 'Dina Yusuf'],
}

export const DEFAULTS = {
  seed: 18,
  cycles: 2600,
  from: '2026-03-02',
  weeks: 26,
  /** The tracking system's go-live (transition) and the scanners' go-live (future). */
  goLive: { transition: '2026-04-13', future: '2026-06-15' },
}

export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DAY = 86_400_000
const MINUTE = 60_000

/**
 * The way a cycle that starts at `t` works: the state most cycles of its department follow by then.
 * Adoption ramps up over the weeks after each go-live; the day surgery centre lags.
 */
function wayOf(t, department, goLive, random) {
  const weeksAfter = (d) => (t - d) / (7 * DAY)
  const tWeeks = weeksAfter(goLive.transition)
  const fWeeks = weeksAfter(goLive.future)
  if (tWeeks < 0) return 'current'
  if (fWeeks < 0) {
    const share = Math.min(0.97, 0.7 + 0.1 * tWeeks) - department.lag * 0.3
    return random() < share ? 'transition' : 'current'
  }
  const share = Math.min(0.9, 0.45 + 0.06 * fWeeks) * (1 - department.lag)
  if (random() < share) return 'future'
  return random() < 0.93 ? 'transition' : 'current'
}

/** Minutes drawn around a planned figure: mostly near it, a long tail (waits are skewed). */
function around(minutes, random) {
  if (minutes === 0) return 0
  const spread = Math.exp((random() + random() + random() - 1.5) * 0.5)
  return minutes * spread
}

const isNight = (localHour) => localHour >= 23 || localHour < 6

/**
 * Cycles as arrays of rows { case, activity, start, end, resource, role, department } (times in
 * ms, UTC), one cycle at a time, so a caller can write a file of any size without holding it.
 * `perturb`: extra random changes per cycle (for benchmarks: the variants grow with the log).
 */
export function* cycles(options = {}) {
  const o = { ...DEFAULTS, ...options, goLive: { ...DEFAULTS.goLive, ...options.goLive } }
  const random = mulberry32(o.seed)
  const from = Date.parse(`${o.from}T00:00:00Z`)
  const span = o.weeks * 7 * DAY
  const goLive = { transition: Date.parse(`${o.goLive.transition}T00:00:00Z`), future: Date.parse(`${o.goLive.future}T00:00:00Z`) }
  const offsetHours = (t) => localOffsetHours(t)
  // Cycle start times in order, over the span, during the OR day (07:00–21:00), a few at night.
  const starts = []
  for (let i = 0; i < o.cycles; i++) {
    const day = Math.floor(random() * o.weeks * 7)
    const night = random() < 0.08
    const hour = night ? 21 + random() * 8 : 7 + random() * 14
    starts.push(from + day * DAY + hour * 3_600_000 - offsetHours(from + day * DAY) * 3_600_000)
  }
  starts.sort((a, b) => a - b)
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]
    if (start > from + span) continue
    const department = pick(DEPARTMENTS, random)
    const way = wayOf(start, department, goLive, random)
    const steps = [...WAYS[way]]
    // Laggards after the scanners' go-live: the paper log goes on, and so does its reconciling.
    if (way === 'future' && start >= goLive.future && random() < 0.35 * department.lag + 0.02) {
      steps.splice(steps.indexOf(A.releaseScan), 0, A.reconcile)
      if (random() < 0.5) steps.splice(steps.indexOf(A.scanLoad) + 1, 0, A.paperLoad)
    }
    // A tray that fails inspection goes back to the sink: the map's rework loop.
    if (random() < 0.06) {
      const at = steps.indexOf(A.assembled)
      steps.splice(at + 1, 0, A.clean, A.washer, A.assembled)
    }
    if (random() < 0.02) steps.splice(1 + Math.floor(random() * (steps.length - 1)), 0, A.reprint)
    for (let k = 0; k < (o.perturb ?? 0); k++) perturb(steps, random, o.noiseActivities ?? 200)
    const cycleId = `SP-${String(100_000 + i)}`
    const rows = []
    let t = start
    for (const step of steps) {
      const localHour = (((t / 3_600_000 + offsetHours(t)) % 24) + 24) % 24
      const nightDelay = isNight(localHour) && step.wait ? 2.5 : 1
      t += around(step.wait ?? 0, random) * nightDelay * MINUTE
      const touch = around(step.touch, random) * MINUTE
      const staff = STAFF[step.role] ?? ['Unknown']
      rows.push({
        case: cycleId,
        activity: step.name,
        start: Math.round(t / 1000) * 1000,
        end: Math.round((t + touch) / 1000) * 1000,
        resource: staff[Math.floor(random() * staff.length)],
        role: step.role,
        department: department.name,
      })
      t += touch
    }
    // Noise of the export itself.
    if (random() < 0.015) rows.splice(1 + Math.floor(random() * (rows.length - 1)), 1) // a scan forgotten
    if (random() < 0.01) {
      const k = 1 + Math.floor(random() * (rows.length - 2))
      ;[rows[k], rows[k + 1]] = [rows[k + 1], rows[k]] // written in the wrong order
    }
    if (random() < 0.005) rows.push({ ...rows[Math.floor(random() * rows.length)] }) // exported twice
    if (random() < 0.003) rows[Math.floor(random() * rows.length)].missingTime = true
    yield rows
  }
}

/** One random change of a benchmark trace: a step skipped, two swapped, or a stray activity. */
function perturb(steps, random, noiseActivities) {
  const r = random()
  const k = 1 + Math.floor(random() * (steps.length - 2))
  if (r < 0.3) steps.splice(k, 1)
  else if (r < 0.6) [steps[k], steps[k + 1]] = [steps[k + 1], steps[k]]
  else steps.splice(k, 0, { name: `Unplanned activity ${1 + Math.floor(random() * noiseActivities)}`, role: 'Prep tech', touch: 3, wait: 5 })
}

function pick(list, random) {
  let r = random()
  for (const item of list) {
    r -= item.share
    if (r < 0) return item
  }
  return list[list.length - 1]
}

// New York's offset from UTC in hours (-5 in winter, -4 in summer), from the platform's zone data,
// cached per UTC hour.
const offsets = new Map()
const format = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
export function localOffsetHours(t) {
  const key = Math.floor(t / 3_600_000)
  let h = offsets.get(key)
  if (h === undefined) {
    const p = {}
    for (const part of format.formatToParts(key * 3_600_000)) p[part.type] = Number(part.value)
    h = (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - key * 3_600_000) / 3_600_000
    offsets.set(key, h)
  }
  return h
}

/** "2026-03-02 07:45:12", New York wall time, as the traceability system exports it. */
export function localText(t) {
  return new Date(t + localOffsetHours(t) * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')
}
