// The plan as CSV: a generic sheet for spreadsheets, and presets shaped for the Jira and Asana
// importers, so a project manager imports the plan as it is.
import { schedulePlan, taskNotes, TASK_TYPE_TITLES, type Plan, type PlanTask, type Schedule } from '../../domain/plan'
import { slug } from '../../domain/plan/text'
import { toCsv, type Cell } from './csv'
import { maxOf } from '../../domain/arrays'

export type CsvPreset = 'generic' | 'jira' | 'asana'
export const CSV_PRESETS: readonly CsvPreset[] = ['generic', 'jira', 'asana']

export interface PlanCsvOptions {
  preset?: CsvPreset
  /** First working day, `YYYY-MM-DD`: adds start and finish (generic) or start and due dates (Asana). */
  start?: string
}

export function planToCsv(plan: Plan, options: PlanCsvOptions = {}): string {
  const schedule = options.start ? schedulePlan(plan, options.start) : undefined
  switch (options.preset ?? 'generic') {
    case 'jira':
      return jiraCsv(plan)
    case 'asana':
      return asanaCsv(plan, schedule)
    default:
      return genericCsv(plan, schedule)
  }
}

const hours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100
const phaseNames = (plan: Plan): Map<string, string> => new Map(plan.phases.map((p) => [p.id, p.name]))

function genericCsv(plan: Plan, schedule: Schedule | undefined): string {
  const phases = phaseNames(plan)
  const header = [
    'ID',
    'WBS',
    'Phase',
    'Task',
    'Type',
    'Role',
    'Description',
    'Duration (hours)',
    ...(schedule ? ['Start', 'Finish'] : []),
    'Milestone',
    'Done',
    'Predecessors',
    'Data item',
    'Systems',
    'Source diff items',
  ]
  const rows = plan.tasks.map((t): Cell[] => [
    t.id,
    t.wbs,
    phases.get(t.phaseId) ?? '',
    t.name,
    TASK_TYPE_TITLES[t.type],
    t.role ?? '',
    taskNotes(t),
    hours(t.durationMinutes),
    ...(schedule ? [schedule.tasks[t.id]!.start.replace('T', ' '), schedule.tasks[t.id]!.finish.replace('T', ' ')] : []),
    t.milestone ? 'yes' : 'no',
    t.done ? 'yes' : 'no',
    t.predecessors.join(' '),
    t.dataItem ?? '',
    (t.systems ?? []).join('; '),
    t.diffIds.join(' '),
  ])
  return toCsv(header, rows)
}

/**
 * Jira's CSV importer links a child to its parent through the parent's "Issue ID" in the child's
 * "Parent" column, and needs parents in rows above their children: every phase becomes an epic,
 * listed first. Labels cannot hold spaces and repeat as columns; links repeat the same way.
 * A summary holds at most 255 characters; the full name stays in the description.
 */
function jiraCsv(plan: Plan): string {
  const epicId = new Map(plan.phases.map((p, i) => [p.id, i + 1]))
  const taskId = new Map(plan.tasks.map((t, i) => [t.id, plan.phases.length + i + 1]))
  const labelsOf = (t: PlanTask): string[] => {
    const phase = plan.phases.find((p) => p.id === t.phaseId)
    return ['flowstate', slug(TASK_TYPE_TITLES[t.type]), `phase-${phase?.number ?? 0}`, ...(t.role ? [`role-${slug(t.role)}`] : []), ...(t.milestone ? ['milestone'] : []), ...(t.done ? ['done'] : [])]
  }
  const labelColumns = Math.max(2, maxOf(plan.tasks.map((t) => labelsOf(t).length)))
  const { blockedBy, blocks } = jiraLinks(plan, taskId)
  const linkColumns = Math.max(1, maxOf([...blockedBy.values()].map((l) => l.length)))
  const blocksColumns = maxOf([...blocks.values()].map((l) => l.length), 0)
  const header = [
    'Issue ID',
    'Issue Type',
    'Summary',
    'Parent',
    'Description',
    ...Array<string>(labelColumns).fill('Labels'),
    'Original Estimate',
    // Jira asks for headers without punctuation; map this column to the "is blocked by" link on import.
    ...Array<string>(linkColumns).fill('Blocked by'),
    // and this one, when there is one, to "blocks".
    ...Array<string>(blocksColumns).fill('Blocks'),
  ]
  const pad = <T extends Cell>(cells: T[], n: number): Cell[] => [...cells, ...Array<Cell>(n - cells.length).fill('')]
  const epics = plan.phases.map((p): Cell[] => [
    epicId.get(p.id)!,
    'Epic',
    clip(p.name, 255),
    '',
    `Go-live phase ${p.number}: from ${p.previous.name} to ${p.state.name}. ${p.taskIds.length} tasks, exported by flowstate from ${plan.project.name}.`,
    ...pad(['flowstate', `phase-${p.number}`], labelColumns),
    '',
    ...pad([], linkColumns + blocksColumns),
  ])
  const tasks = plan.tasks.map((t): Cell[] => [
    taskId.get(t.id)!,
    'Task',
    clip(t.name, 255),
    epicId.get(t.phaseId)!,
    `${[...t.name].length > 255 ? `${t.name}\n\n` : ''}${taskNotes(t)}\n\nflowstate: ${t.id}${t.diffIds.length ? `\nDiff items: ${t.diffIds.join(' ')}` : ''}`,
    ...pad(labelsOf(t), labelColumns),
    // Jira reads time estimates in seconds.
    t.durationMinutes > 0 ? t.durationMinutes * 60 : '',
    ...pad(blockedBy.get(t.id) ?? [], linkColumns),
    ...pad(blocks.get(t.id) ?? [], blocksColumns),
  ])
  return toCsv(header, [...epics, ...tasks])
}

/** A task with more blockers than this has its links written on the blockers' rows instead. */
const JIRA_BLOCKERS_PER_ROW = 50

/**
 * Each finish-to-start link once, as Jira issue ids: on the later task's row ("Blocked by"), or,
 * for a task after very many others (a go-live after 20,000 set-up tasks), on each earlier task's
 * row ("Blocks"). Links repeat as columns, so one row of 20,000 blockers would give every row
 * 20,000 cells.
 */
function jiraLinks(plan: Plan, taskId: ReadonlyMap<string, number>): { blockedBy: Map<string, number[]>; blocks: Map<string, number[]> } {
  const blockedBy = new Map<string, number[]>()
  const blocks = new Map<string, number[]>()
  for (const t of plan.tasks) {
    const before = t.predecessors.filter((p) => taskId.has(p))
    if (before.length <= JIRA_BLOCKERS_PER_ROW) blockedBy.set(t.id, before.map((p) => taskId.get(p)!))
    else {
      for (const p of before) {
        const later = blocks.get(p)
        if (later) later.push(taskId.get(t.id)!)
        else blocks.set(p, [taskId.get(t.id)!])
      }
    }
  }
  return { blockedBy, blocks }
}

/**
 * Asana's importer reads Name, Description, Section/Column, Assignee (an e-mail, left for the
 * project manager), Start Date and Due Date (MM/DD/YYYY), and dependencies by the names of the
 * blocking tasks, which must come in rows above.
 */
function asanaCsv(plan: Plan, schedule: Schedule | undefined): string {
  const phases = phaseNames(plan)
  const names = uniqueNames(plan.tasks)
  const header = [
    'Name',
    'Description',
    'Section/Column',
    'Assignee',
    ...(schedule ? ['Start Date', 'Due Date'] : []),
    'Blocked By (Dependencies)',
    'Role',
    'Type',
  ]
  const rows = plan.tasks.map((t): Cell[] => [
    names.get(t.id)!,
    taskNotes(t),
    phases.get(t.phaseId) ?? '',
    '',
    ...(schedule ? [usDate(schedule.tasks[t.id]!.start), usDate(schedule.tasks[t.id]!.finish)] : []),
    t.predecessors.flatMap((p) => (names.has(p) ? [names.get(p)!] : [])).join(', '),
    t.role ?? '',
    TASK_TYPE_TITLES[t.type],
  ])
  return toCsv(header, rows)
}

/** Asana finds dependencies by name, so two tasks never share one. */
function uniqueNames(tasks: readonly PlanTask[]): Map<string, string> {
  const seen = new Map<string, number>()
  const names = new Map<string, string>()
  for (const t of tasks) {
    const n = (seen.get(t.name) ?? 0) + 1
    seen.set(t.name, n)
    names.set(t.id, n === 1 ? t.name : `${t.name} (${n})`)
  }
  return names
}

const usDate = (dateTime: string): string => `${dateTime.slice(5, 7)}/${dateTime.slice(8, 10)}/${dateTime.slice(0, 4)}`

/** Cuts text to a field's limit on code points (no half surrogate pair), marking the cut. */
function clip(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…'
}
