// The plan as Microsoft Project XML (MSPDI), which Microsoft Project, ProjectLibre and
// GanttProject open: the project summary task (UID 0), one summary task per go-live phase
// (outline level 1) with its tasks at level 2, finish-to-start links and a Standard calendar.
// Children follow the schema's sequence order; Project is strict about it.
import { schedulePlan, taskNotes, TASK_TYPE_TITLES, type Plan, type PlanTask, type Schedule } from '../../domain/plan'
import { el, group, rendered, renderXml, type XmlNode } from './xml'

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project'

export interface MspdiOptions {
  /** First working day of the plan, `YYYY-MM-DD`. */
  start: string
}

/** Task custom fields: Text1 holds the role, Text2 the task's flowstate id (Project's field ids). */
const FIELD_ROLE = { id: '188743731', name: 'Text1', alias: 'Role' }
const FIELD_FLOWSTATE_ID = { id: '188743734', name: 'Text2', alias: 'flowstate id' }

const CALENDAR_UID = 1
/** Project > Tasks > Task */
const TASK_DEPTH = 2
const MINUTES_PER_DAY = 480
const DURATION_FORMAT_HOURS = 5
const DURATION_FORMAT_DAYS = 7
const LINK_FINISH_TO_START = 1
const TYPE_FIXED_DURATION = 1

export function planToMspdi(plan: Plan, options: MspdiOptions): string {
  const schedule = schedulePlan(plan, options.start)
  const uid = new Map(plan.tasks.map((t, i) => [t.id, plan.phases.length + i + 1]))
  const tasks: XmlNode[] = [summaryTask(0, 0, plan.project.name, '0', 0, schedule, '', `From ${plan.from.name} to ${plan.to.name}`)]
  const byId = new Map(plan.tasks.map((t) => [t.id, t]))
  let id = 1
  plan.phases.forEach((phase, i) => {
    tasks.push(summaryTask(i + 1, id++, phase.name, String(phase.number), 1, schedule, phase.id, `From ${phase.previous.name} to ${phase.state.name}`))
    for (const taskId of phase.taskIds) {
      const task = byId.get(taskId)
      if (task) tasks.push(rendered(workTask(task, uid, id++, schedule), TASK_DEPTH))
    }
  })

  const project = group('Project', [
    el('SaveVersion', 14),
    el('Name', clip(plan.project.name, 255)),
    el('Title', clip(plan.project.name, 512)),
    el('ScheduleFromStart', true),
    el('StartDate', schedule.start),
    el('FinishDate', schedule.finish),
    el('FYStartDate', 1),
    el('CriticalSlackLimit', 0),
    el('CurrencyDigits', 2),
    el('CurrencyCode', 'USD'),
    el('CalendarUID', CALENDAR_UID),
    el('DefaultStartTime', '08:00:00'),
    el('DefaultFinishTime', '17:00:00'),
    el('MinutesPerDay', MINUTES_PER_DAY),
    el('MinutesPerWeek', 5 * MINUTES_PER_DAY),
    el('DaysPerMonth', 20),
    el('DefaultTaskType', TYPE_FIXED_DURATION),
    el('DurationFormat', DURATION_FORMAT_DAYS),
    el('WorkFormat', 2),
    el('NewTasksEffortDriven', false),
    el('NewTasksEstimated', false),
    el('WeekStartDay', 1),
    group('ExtendedAttributes', [FIELD_ROLE, FIELD_FLOWSTATE_ID].map((f) => group('ExtendedAttribute', [el('FieldID', f.id), el('FieldName', f.name), el('Alias', f.alias)]))),
    group('Calendars', [standardCalendar()]),
    group('Tasks', tasks),
  ])
  return renderXml(project, MSPDI_NAMESPACE)
}

/** Monday to Friday, 08:00-12:00 and 13:00-17:00; Saturday and Sunday off. */
function standardCalendar(): XmlNode {
  const weekDays: XmlNode[] = []
  for (let dayType = 1; dayType <= 7; dayType++) {
    const working = dayType >= 2 && dayType <= 6
    weekDays.push(
      group('WeekDay', [
        el('DayType', dayType),
        el('DayWorking', working),
        working &&
          group('WorkingTimes', [
            group('WorkingTime', [el('FromTime', '08:00:00'), el('ToTime', '12:00:00')]),
            group('WorkingTime', [el('FromTime', '13:00:00'), el('ToTime', '17:00:00')]),
          ]),
      ]),
    )
  }
  return group('Calendar', [el('UID', CALENDAR_UID), el('Name', 'Standard'), el('IsBaseCalendar', true), group('WeekDays', weekDays)])
}

function summaryTask(uid: number, id: number, name: string, outline: string, level: number, schedule: Schedule, key: string, notes: string): XmlNode {
  const offsets = schedule.offsets[key] ?? { start: 0, finish: 0 }
  const span = key === '' ? { start: schedule.start, finish: schedule.finish } : schedule.phases[key]!
  const minutes = offsets.finish - offsets.start
  return group('Task', [
    el('UID', uid),
    el('ID', id),
    el('Name', clip(name, 512)),
    el('Type', TYPE_FIXED_DURATION),
    el('IsNull', false),
    el('WBS', outline),
    el('OutlineNumber', outline),
    el('OutlineLevel', level),
    el('Priority', 500),
    el('Start', span.start),
    el('Finish', span.finish),
    el('Duration', duration(minutes)),
    el('DurationFormat', durationFormat(minutes)),
    el('Work', duration(0)),
    el('EffortDriven', false),
    el('Estimated', false),
    el('Milestone', false),
    el('Summary', true),
    el('FixedCostAccrual', 3),
    el('PercentComplete', 0),
    el('ConstraintType', 0),
    el('Notes', notes),
  ])
}

function workTask(task: PlanTask, uid: Map<string, number>, id: number, schedule: Schedule): XmlNode {
  const span = schedule.tasks[task.id]!
  const notes = `${taskNotes(task)}\n\n${TASK_TYPE_TITLES[task.type]} · flowstate ${task.id}${task.diffIds.length ? `\nDiff items: ${task.diffIds.join(' ')}` : ''}`
  return group('Task', [
    el('UID', uid.get(task.id)!),
    el('ID', id),
    el('Name', clip(task.name, 512)),
    el('Type', TYPE_FIXED_DURATION),
    el('IsNull', false),
    el('WBS', task.wbs),
    el('OutlineNumber', task.wbs),
    el('OutlineLevel', 2),
    el('Priority', 500),
    el('Start', span.start),
    el('Finish', span.finish),
    el('Duration', duration(task.durationMinutes)),
    el('DurationFormat', durationFormat(task.durationMinutes)),
    el('Work', duration(0)),
    el('EffortDriven', false),
    el('Estimated', false),
    el('Milestone', task.milestone),
    el('Summary', false),
    el('FixedCostAccrual', 3),
    // A sign-off that is signed and current is done already.
    el('PercentComplete', task.done ? 100 : 0),
    el('ConstraintType', 0),
    el('Notes', notes),
    ...task.predecessors
      .filter((p) => uid.has(p))
      .map((p) =>
        group('PredecessorLink', [el('PredecessorUID', uid.get(p)!), el('Type', LINK_FINISH_TO_START), el('CrossProject', false), el('LinkLag', 0), el('LagFormat', DURATION_FORMAT_DAYS)]),
      ),
    task.role !== null && group('ExtendedAttribute', [el('FieldID', FIELD_ROLE.id), el('Value', task.role)]),
    group('ExtendedAttribute', [el('FieldID', FIELD_FLOWSTATE_ID.id), el('Value', task.id)]),
  ])
}

/** xsd:duration as Project writes it: PT40H0M0S. */
export function duration(minutes: number): string {
  return `PT${Math.floor(minutes / 60)}H${minutes % 60}M0S`
}

const durationFormat = (minutes: number): number => (minutes % MINUTES_PER_DAY === 0 ? DURATION_FORMAT_DAYS : DURATION_FORMAT_HOURS)

/** Cuts a name to the schema's limit on code points, not UTF-16 units, so no surrogate is split. */
function clip(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…'
}
