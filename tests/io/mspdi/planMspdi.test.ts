import { describe, expect, it } from 'vitest'
import { buildPlan, planProject, type Plan } from '../../../src/domain/plan'
import { duration, MSPDI_NAMESPACE, planToMspdi } from '../../../src/io/mspdi'
import { loadProject } from '../../helpers/fixtures'
import { sterileTwoPhase } from '../../domain/plan/planFixtures'
import {
  CALENDAR_SEQUENCE,
  checkOrder,
  EXTENDED_ATTRIBUTE_DEFINITION_SEQUENCE,
  PREDECESSOR_LINK_SEQUENCE,
  PROJECT_SEQUENCE,
  TASK_SEQUENCE,
  WEEKDAY_SEQUENCE,
} from './mspdiSchema'
import { child, childrenNamed, childText, parseXml, type XmlElement } from './parseXml'

const plan = (): Plan => {
  const { project, diffs } = sterileTwoPhase()
  return buildPlan(project, project.states, diffs)
}
const exported = (p: Plan = plan()) => parseXml(planToMspdi(p, { start: '2026-11-02' }))
const tasksOf = (root: XmlElement) => childrenNamed(child(root, 'Tasks')!, 'Task')
const text = (el: XmlElement, name: string) => {
  const t = childText(el, name)
  if (t === undefined) throw new Error(`<${el.name}> has no <${name}>`)
  return t
}

const INTEGER = /^-?\d+$/
const BOOLEAN = /^[01]$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/
const DURATION = /^PT\d+H\d+M\d+S$/

describe('the plan as Microsoft Project XML', () => {
  it('given the two-phase plan, when parsed back, then the root is a Project in the MSPDI namespace with its children in schema order', () => {
    const root = exported()
    expect(root.name).toBe('Project')
    expect(root.uri).toBe(MSPDI_NAMESPACE)
    checkOrder(root.children.map((c) => c.name), PROJECT_SEQUENCE, 'Project')
    expect(root.children.map((c) => c.name)).toEqual(expect.arrayContaining(['SaveVersion', 'Name', 'Title', 'ScheduleFromStart', 'StartDate', 'CalendarUID', 'Calendars', 'Tasks']))
    expect(text(root, 'Title')).toBe('Sterilization cycle: barcode traceability')
    expect(text(root, 'StartDate')).toBe('2026-11-02T08:00:00')
    expect(text(root, 'FinishDate')).toBe('2026-11-30T17:00:00')
    expect(text(root, 'CalendarUID')).toBe('1')
    expect(text(root, 'MinutesPerDay')).toBe('480')
    for (const def of childrenNamed(child(root, 'ExtendedAttributes')!, 'ExtendedAttribute')) {
      checkOrder(def.children.map((c) => c.name), EXTENDED_ATTRIBUTE_DEFINITION_SEQUENCE, 'ExtendedAttribute definition')
    }
  })

  it('has a Standard calendar with UID 1: weekdays 08:00-12:00 and 13:00-17:00, weekends off', () => {
    const calendars = childrenNamed(child(exported(), 'Calendars')!, 'Calendar')
    expect(calendars).toHaveLength(1)
    const cal = calendars[0]!
    checkOrder(cal.children.map((c) => c.name), CALENDAR_SEQUENCE, 'Calendar')
    expect([text(cal, 'UID'), text(cal, 'Name'), text(cal, 'IsBaseCalendar')]).toEqual(['1', 'Standard', '1'])
    const days = childrenNamed(child(cal, 'WeekDays')!, 'WeekDay')
    expect(days.map((d) => [text(d, 'DayType'), text(d, 'DayWorking')])).toEqual([
      ['1', '0'],
      ['2', '1'],
      ['3', '1'],
      ['4', '1'],
      ['5', '1'],
      ['6', '1'],
      ['7', '0'],
    ])
    for (const d of days) {
      checkOrder(d.children.map((c) => c.name), WEEKDAY_SEQUENCE, 'WeekDay')
      const times = childrenNamed(child(d, 'WorkingTimes') ?? { name: '', uri: '', text: '', children: [] }, 'WorkingTime')
      const expected = text(d, 'DayWorking') === '1' ? [['08:00:00', '12:00:00'], ['13:00:00', '17:00:00']] : []
      expect(times.map((t) => [text(t, 'FromTime'), text(t, 'ToTime')])).toEqual(expected)
    }
  })

  it('writes the project summary task as UID 0, the phases at outline level 1 and their tasks at level 2', () => {
    const p = plan()
    const tasks = tasksOf(exported(p))
    expect(tasks).toHaveLength(1 + p.phases.length + p.tasks.length)
    const outline = tasks.map((t) => [text(t, 'UID'), text(t, 'OutlineNumber'), text(t, 'OutlineLevel'), text(t, 'Summary'), text(t, 'Name')])
    expect(outline.slice(0, 3)).toEqual([
      ['0', '0', '0', '1', 'Sterilization cycle: barcode traceability'],
      ['1', '1', '1', '1', 'Phase 1: Barcode scanning alongside the paper log'],
      ['3', '1.1', '2', '0', 'Set up: Scan tray barcode'],
    ])
    expect(outline.filter((o) => o[2] === '1').map((o) => o[4])).toEqual(['Phase 1: Barcode scanning alongside the paper log', 'Phase 2: Future state'])
    expect(outline.filter((o) => o[2] === '2').map((o) => o[4])).toEqual(p.tasks.map((t) => t.name))
    // IDs run in row order, UIDs are unique.
    expect(tasks.map((t) => Number(text(t, 'ID')))).toEqual(tasks.map((_, i) => i))
    expect(new Set(tasks.map((t) => text(t, 'UID'))).size).toBe(tasks.length)
  })

  it('gives every element of every task its schema type, in schema order', () => {
    for (const t of tasksOf(exported())) {
      const where = `Task ${text(t, 'UID')}`
      checkOrder(t.children.map((c) => c.name), TASK_SEQUENCE, where)
      for (const name of ['UID', 'ID', 'Type', 'OutlineLevel', 'Priority', 'DurationFormat', 'FixedCostAccrual', 'PercentComplete', 'ConstraintType']) {
        expect(text(t, name), `${where} ${name}`).toMatch(INTEGER)
      }
      for (const name of ['IsNull', 'EffortDriven', 'Estimated', 'Milestone', 'Summary']) expect(text(t, name), `${where} ${name}`).toMatch(BOOLEAN)
      for (const name of ['Start', 'Finish']) expect(text(t, name), `${where} ${name}`).toMatch(DATE_TIME)
      for (const name of ['Duration', 'Work']) expect(text(t, name), `${where} ${name}`).toMatch(DURATION)
      expect(text(t, 'Start') <= text(t, 'Finish'), where).toBe(true)
      for (const link of childrenNamed(t, 'PredecessorLink')) checkOrder(link.children.map((c) => c.name), PREDECESSOR_LINK_SEQUENCE, `${where} link`)
    }
  })

  it('writes durations as PTnHnMnS, milestones with zero duration, and finish-to-start links to existing tasks', () => {
    const p = plan()
    const tasks = tasksOf(exported(p))
    const byName = new Map(tasks.map((t) => [text(t, 'Name'), t]))
    const uids = new Set(tasks.map((t) => text(t, 'UID')))
    expect(text(byName.get('Interface: Tray ID between Traceability system and EHR')!, 'Duration')).toBe('PT40H0M0S')
    expect(text(byName.get('Train SPD technician: Future state')!, 'Duration')).toBe('PT4H30M0S')
    const goLive = byName.get('Go-live: Future state')!
    expect([text(goLive, 'Milestone'), text(goLive, 'Duration'), text(goLive, 'Start'), text(goLive, 'Finish')]).toEqual([
      '1',
      'PT0H0M0S',
      '2026-11-16T17:00:00',
      '2026-11-16T17:00:00',
    ])
    const links = childrenNamed(goLive, 'PredecessorLink')
    expect(links.map((l) => text(l, 'Type'))).toEqual(links.map(() => '1'))
    const predecessorNames = links.map((l) => text(tasks.find((t) => text(t, 'UID') === text(l, 'PredecessorUID'))!, 'Name'))
    expect(predecessorNames).toEqual(p.tasks.find((t) => t.id === 'go-live:st_fut')!.predecessors.map((id) => p.tasks.find((t) => t.id === id)!.name))
    for (const t of tasks) for (const l of childrenNamed(t, 'PredecessorLink')) expect(uids.has(text(l, 'PredecessorUID'))).toBe(true)
    expect(duration(0)).toBe('PT0H0M0S')
    expect(duration(90)).toBe('PT1H30M0S')
  })

  it('keeps the role and the flowstate id in custom text fields, and the details in the notes', () => {
    const tasks = tasksOf(exported())
    const training = tasks.find((t) => text(t, 'Name') === 'Train SPD technician: Future state')!
    const attrs = childrenNamed(training, 'ExtendedAttribute').map((a) => [text(a, 'FieldID'), text(a, 'Value')])
    expect(attrs).toEqual([
      ['188743731', 'SPD technician'],
      ['188743734', 'training:st_fut:r_spd'],
    ])
    expect(text(training, 'Notes')).toContain('• Takes over from SPD supervisor: Release load')
    expect(text(training, 'Notes')).toContain('Diff items: role:SPD technician')
  })

  it('given hostile labels, then the XML stays well-formed and every name reads back exactly', () => {
    const project = loadProject('plan/plan.hostile-labels.flowstate.json')
    const result = planProject(project, { from: 'st_cur', to: 'st_fut' })
    if (!result.ok) throw new Error(result.error)
    const xml = planToMspdi(result.plan, { start: '2026-11-02' })
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain('<img')
    const tasks = tasksOf(parseXml(xml))
    expect(tasks.filter((t) => text(t, 'OutlineLevel') === '2').map((t) => text(t, 'Name'))).toEqual(
      result.plan.tasks.map((t) => t.name),
    )
    expect(text(tasks[0]!, 'Name')).toBe(project.name)
    const names = tasks.map((t) => text(t, 'Name'))
    expect(names).toContain('Set up: <img src=x onerror=alert(1)>')
    expect(names.some((n) => n.includes('\rEHR'))).toBe(true)
  })
})
