// Small hand-made logs for the replay tests: cases written as activities with times in minutes
// after a fixed Monday, and the three-state fixture's mapping written out in full.
import type { ActivityMap, Project } from '../../../src/domain/model'
import { Observer, resolveMappings, type CaseResult, type LogCase, type Observation } from '../../../src/domain/observe'
import { emptyNotes } from '../../../src/domain/observe/types'
import { loadProject } from '../../helpers/fixtures'

/** Monday 2 March 2026, 08:00 UTC. */
export const MONDAY = Date.UTC(2026, 2, 2, 8, 0)
const MINUTE = 60_000

export function threeStates(): Project {
  return loadProject('observe/observe.three-states.flowstate.json')
}

export const THREE_STATE_MAPS: ActivityMap[] = [
  {
    id: 'am_c',
    stateId: 'c_state',
    activities: [
      { activity: 'Tray received (paper)', stepId: 'c_recv' },
      { activity: 'Paper log written', stepId: 'c_paper' },
      { activity: 'Washed', stepId: 'c_wash' },
      { activity: 'Sterilized', stepId: 'c_ster' },
    ],
  },
  {
    id: 'am_t',
    stateId: 't_state',
    activities: [
      { activity: 'Tray received (paper)', stepId: 't_recv' },
      { activity: 'Tray scanned', stepId: 't_scan' },
      { activity: 'Paper log written', stepId: 't_paper' },
      { activity: 'Washed', stepId: 't_wash' },
      { activity: 'Sterilized', stepId: 't_ster' },
    ],
  },
  {
    id: 'am_f',
    stateId: 'f_state',
    activities: [
      { activity: 'Tray received (scan)', stepId: 'f_recv' },
      { activity: 'Tray scanned', stepId: 'f_scan' },
      { activity: 'Washed', stepId: 'f_wash' },
      { activity: 'Sterilized', stepId: 'f_ster' },
      { activity: 'Paper log written', stepId: null },
      { activity: 'Tray received (paper)', stepId: null },
    ],
  },
]

export type EventSpec = [activity: string, endMinute: number, extra?: { start?: number; role?: string; department?: string; resource?: string }]

export function caseOf(id: string, events: readonly EventSpec[], offsetMs = MONDAY): LogCase {
  return {
    id,
    events: events.map(([activity, end, extra]) => ({
      activity,
      start: extra?.start === undefined ? NaN : offsetMs + extra.start * MINUTE,
      end: offsetMs + end * MINUTE,
      resource: extra?.resource ?? null,
      role: extra?.role ?? null,
      department: extra?.department ?? null,
    })),
  }
}

/** A case doing the activities in order, one every ten minutes. */
export const straight = (id: string, activities: readonly string[], offsetMs = MONDAY): LogCase =>
  caseOf(id, activities.map((a, i) => [a, 10 * (i + 1)] as EventSpec), offsetMs)

export function observe(project: Project, cases: readonly LogCase[], focus = 'f_state', goLive?: number): { result: Observation; rows: CaseResult[] } {
  const activities = [...new Set(cases.flatMap((c) => c.events.map((e) => e.activity)))]
  const rows: CaseResult[] = []
  const observer = new Observer({
    project,
    mappings: resolveMappings(project, activities, project.activityMaps ?? THREE_STATE_MAPS),
    focusStateId: focus,
    goLive: goLive === undefined ? null : { ms: goLive, source: 'given' },
    zone: 'UTC',
    onCase: (r) => rows.push(r),
  })
  for (const c of cases) observer.addCase(c)
  return { result: observer.result(emptyNotes()), rows }
}

export const FUTURE_WAY = ['Tray received (scan)', 'Tray scanned', 'Washed', 'Sterilized']
export const TRANSITION_WAY = ['Tray received (paper)', 'Tray scanned', 'Paper log written', 'Washed', 'Sterilized']
export const CURRENT_WAY = ['Tray received (paper)', 'Paper log written', 'Washed', 'Sterilized']
