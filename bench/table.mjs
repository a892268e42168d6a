// The Markdown table of `npm run bench`: every figure beside its baseline from the same run, the
// ratio (how many times faster or smaller flowstate is; below 1 it is slower) and the budget.
const n = (x, digits = 0) => (x === null || x === undefined ? '—' : Number(x).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 }))
const ms = (x, digits = 1) => (x === null || x === undefined ? '—' : `${n(x, digits)} ms`)
const times = (x) => (x === null || x === undefined ? '—' : `${n(x, x >= 10 ? 0 : x >= 1 ? 1 : 2)}×`)
const verdict = (ok) => (ok === null ? '' : ok ? '✓ met' : '✗ missed')

export function renderTable(all) {
  const rows = []
  const row = (area, measure, flowstate, baseline, ratio, budget = '', ok = null) => rows.push(`| ${area} | ${measure} | ${flowstate} | ${baseline} | ${ratio} | ${budget} | ${verdict(ok)} |`)

  const d = all.diff
  if (d) {
    for (const s of d.sizes) {
      const budget = s.steps === 10_000 ? 20 : s.steps === 50_000 ? 150 : null
      const naive = `naive O(n²) matcher ${ms(s.naiveMs.cpu, 0)}${s.naiveMs.extrapolated ? ' (extrapolated)' : ''}${s.jsondiffpatchMs ? `; jsondiffpatch ${ms(s.jsondiffpatchMs.cpuMedian, 0)}` : ''}`
      const ratio = `${times(s.ratio.naiveOverLineage)}${s.ratio.jsondiffpatchOverLineage ? `; ${times(s.ratio.jsondiffpatchOverLineage)}` : ''}`
      row('diff', `${n(s.steps)} steps, median (p95); by label`, `${ms(s.lineageMs.median)} (${ms(s.lineageMs.p95)}); ${ms(s.labelMs.median)}`, naive, ratio, budget ? `≤ ${budget} ms` : '', budget ? s.lineageMs.median <= budget : null)
    }
    row('diff', 'growth slope, 1k → 50k (log time / log size)', `${n(d.growth.lineage, 2)} (by label ${n(d.growth.label, 2)})`, `naive ${n(d.growth.naive, 2)}`, '', '≤ 1.2', d.growth.lineage <= 1.2)
  }

  const b = all.bpmn
  if (b) {
    for (const r of b.results) {
      const theirs = r.bpmnJsDiffer === null ? 'bpmn-js-differ not run (quadratic: minutes, then a stack overflow)' : r.bpmnJsDiffer.result.ok ? `bpmn-js-differ ${ms(r.bpmnJsDiffer.wallMs, 0)}` : `bpmn-js-differ failed: ${r.bpmnJsDiffer.result.error}`
      const budget = r.steps === 1000 ? '≥ 20×' : ''
      row('BPMN', `\`flowstate diff\` of ${n(r.steps)}-step files, whole process`, ms(r.flowstate.wallMs, 0), theirs, times(r.ratio), budget, r.steps === 1000 && r.ratio !== null ? r.ratio >= 20 : null)
    }
    row('BPMN', 'a process that does nothing (`node -e 0`)', ms(b.nodeStart.wallMs, 0), '', '', '', null)
    for (const r of b.inProcess ?? []) {
      row('BPMN', `read and diff ${n(r.steps)}-step files in one warm process (the app, a service)`, ms(r.flowstateMs), `bpmn-moddle + bpmn-js-differ ${ms(r.bpmnJsDifferMs, 0)}`, times(r.ratio), r.steps === 1000 ? '(≥ 20×)' : '', null)
    }
  }

  const s = all.storage
  if (s) {
    const f = s.flowstate
    const o = s.oneDocument
    row('storage', `save a ${n(s.steps)}-step project`, ms(f.saveMs), `one JSON document ${ms(o.saveMs)}`, times(s.ratio.save))
    row('storage', `load a ${n(s.steps)}-step project`, ms(f.loadMs), `one JSON document ${ms(o.loadMs)}`, times(s.ratio.load))
    row('storage', 'persist one edit, median (p95)', `${ms(f.editMs)} (${ms(f.editP95Ms)})`, `one JSON document ${ms(o.editMs)} (${ms(o.editP95Ms)})`, times(s.ratio.edit), '≤ 5 ms', f.editMs <= 5)
  }

  const c = all.canvas
  if (c) {
    for (const size of c.sizes) {
      const f = size.pages.flowstate
      const bare = size.pages.bare
      const k = n(size.steps)
      const inv = (x) => (x ? 1 / x : null) // ratios here are flowstate ÷ bare; the table shows bare ÷ flowstate like every other row
      const interactiveOk = size.steps === 1000 ? f.interactiveMs.median <= 1000 && size.ratio.interactive <= 1.5 : null
      row('canvas', `${k} steps: time to interactive`, ms(f.interactiveMs.median, 0), `bare React Flow ${ms(bare.interactiveMs.median, 0)}`, times(inv(size.ratio.interactive)), size.steps === 1000 ? '≤ 1 s and ≤ 1.5× bare' : '', interactiveOk)
      row('canvas', `${k} steps: pan frame p50 / p95`, `${ms(f.panFrameMs.p50)} / ${ms(f.panFrameMs.p95)}`, `${ms(bare.panFrameMs.p50)} / ${ms(bare.panFrameMs.p95)}`, `${times(inv(size.ratio.panP50))} / ${times(inv(size.ratio.panP95))}`)
      row('canvas', `${k} steps: pan of the whole map (zoomed out), p50 / p95`, `${ms(f.overviewPanFrameMs.p50)} / ${ms(f.overviewPanFrameMs.p95)}`, `${ms(bare.overviewPanFrameMs.p50)} / ${ms(bare.overviewPanFrameMs.p95)}`, times(inv(size.ratio.overviewPanP95)))
      row('canvas', `${k} steps: edit to paint, p50 (p95)`, `${ms(f.editToPaintMs.p50)} (${ms(f.editToPaintMs.p95)})`, `${ms(bare.editToPaintMs.p50)} (${ms(bare.editToPaintMs.p95)})`, times(inv(size.ratio.editToPaintP50)), 'within one frame (16.7 ms)', f.editToPaintMs.p50 <= 16.7)
    }
  }

  const u = all.bundle
  if (u) {
    row('bundle', 'initial JavaScript (what index.html loads), gzip', `${n(u.initial.gzipKB, 1)} kB`, `bare React Flow page ${n(u.bareReactFlow.gzipKB, 1)} kB`, times(1 / u.ratio.initialOverBare), '≤ 200 kB', u.initial.gzipKB <= 200)
    row('bundle', '… plus opening a project (the editor chunk), gzip', `${n(u.initial.gzipKB + u.openProject.gzipKB, 1)} kB`, `${n(u.bareReactFlow.gzipKB, 1)} kB`, times(1 / u.ratio.initialPlusProjectOverBare))
  }

  const y = all.sync
  if (y) {
    const k = n(y.steps)
    row('shared', `open a ${k}-step shared project: map shown (stored view)`, ms(y.sharedOpenMs), `solo open ${ms(y.soloOpenMs)}`, times(1 / y.ratio.open), '≤ 1.5× solo', y.ratio.open <= 1.5)
    row('shared', `… until its doc is loaded and takes edits`, ms(y.sharedReadyMs), `solo open ${ms(y.soloOpenMs)}`, times(1 / y.ratio.ready), '(≤ 1.5× solo)', y.ratio.ready <= 1.5)
    row('shared', `… after ${n(y.edits)} single edits: shown / doc loaded`, `${ms(y.sharedOpenAfterEditsMs)} / ${ms(y.sharedReadyAfterEditsMs)}`, `solo open ${ms(y.soloOpenMs)}`, `${times(1 / y.ratio.openAfterEdits)} / ${times(1 / y.ratio.readyAfterEdits)}`)
    row('shared', `memory of one ${n(y.memory.steps)}-step doc with its project (browser heap)`, `${n(y.memory.docMB, 1)} MB`, `the project alone ${n(y.memory.projectMB, 1)} MB`, times(1 / y.ratio.memory))
  }

  const w = all.server
  if (w) {
    const l = w.latency
    row('server', 'an edit reaches another laptop (loopback), p50 (p95)', `${ms(l.flowstateMs.p50)} (${ms(l.flowstateMs.p95)})`, `bare WebSocket relay ${ms(l.relayMs.p50)} (${ms(l.relayMs.p95)})`, `${times(1 / l.ratio.p50)} (${times(1 / l.ratio.p95)})`, 'p95 ≤ 100 ms', l.flowstateMs.p95 <= 100)
    const c = w.crowd
    row('server', `${c.clients} laptops editing one project for ${c.seconds} s (${n(c.edits)} edits): converged; server CPU, RSS peak`, `${c.converged ? `yes, ${ms(c.convergeMs, 0)} after the last edit` : 'NO'}; ${n(c.server.cpuPercent, 1)} %, ${n(c.server.rssPeakMB)} MB`, `idle server ${n(c.server.idleCpuPercent, 1)} %, ${n(c.server.idleRssMB)} MB`, '', 'all converge', c.converged)
    const d = w.memory
    row('server', `one open ${n(d.steps)}-step project on the server: heap (process RSS growth); stored`, `${n(d.server.roomHeapMB)} MB (+${n(d.server.rssDeltaMB)} MB); ${n(d.encodedMB, 1)} MB`, `bare Y.Doc ${n(d.baseline.yDocMB)} MB; plain objects ${n(d.baseline.plainObjectsMB, 1)} MB`, `${times(1 / d.ratio.roomOverYDoc)}; ${times(1 / d.ratio.roomOverPlain)}`)
  }

  const m = all.machine
  const loads = Object.entries(all)
    .filter(([, v]) => v && typeof v === 'object' && v.machine?.loadAverage)
    .map(([k, v]) => `${k} ${fmtLoad(v.machine.loadAverage)}`)
  return [
    `Measured ${all.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cores} × ${m.cpu}, Node ${m.node}${m.chromium ? `, Chromium ${m.chromium}` : ''}; load average (1, 5, 15 min) ${fmtLoad(m.loadAverage)}${loads.length ? ` (per part: ${loads.join('; ')})` : ''}. Medians of warmed-up runs; the ratio is baseline ÷ flowstate from the same run (above 1: flowstate is faster or smaller).`,
    '',
    '| area | measure | flowstate | baseline, same run | ratio | budget | |',
    '| --- | --- | ---: | --- | ---: | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}

function fmtLoad(l) {
  if (Array.isArray(l)) return l.join(' ')
  return `${l.before.join(' ')} → ${l.after.join(' ')}`
}
