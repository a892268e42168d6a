// The Export menu's entries, each defined once: its words, when it applies and what it makes.
// Entries that need a choice (which state) open a dialog instead of downloading at once.
import type { DiffResult } from '../../domain/diff'
import type { Project } from '../../domain/model'
import type { ComparePair } from '../../store'
import type { ExportFile, ImageFormat, PlanFormat } from './files'

export interface ExportContext {
  project: Project
  /** The compared pair on screen; null with fewer than two states. */
  pair: ComparePair | null
  /** The states in panes, in their order on screen. */
  panes: string[]
  /** The latest diffs on screen, when they belong to the pair. */
  diffs?: { pair?: DiffResult; others?: Readonly<Record<string, DiffResult>> }
  savedAt: string | undefined
}

export type EntryAction =
  | { kind: 'file'; make(ctx: ExportContext): Promise<ExportFile> }
  | { kind: 'dialog'; dialog: 'bpmn' | 'state-image' }
  | { kind: 'print' }

export interface ExportEntry {
  id: string
  label: string
  /** The file ending, shown beside the label (not part of its name). */
  ending?: string
  /** Why it is unavailable, or null when it can run. */
  unavailable(ctx: ExportContext): string | null
  action: EntryAction
}

export interface EntryGroup {
  id: string
  title(ctx: ExportContext, stateName: (id: string) => string): string
  entries: ExportEntry[]
}

const always = () => null
const needsPair = (ctx: ExportContext) => (ctx.pair ? null : 'Needs two states to compare')
const files = () => import('./files')

const plan = (id: string, label: string, ending: string, format: PlanFormat): ExportEntry => ({
  id,
  label,
  ending,
  unavailable: needsPair,
  action: { kind: 'file', make: async (ctx) => (await files()).planExport(ctx.project, ctx.pair!, format) },
})

const compareImage = (format: ImageFormat): ExportEntry => ({
  id: `compare-${format}`,
  label: `Side-by-side view as ${format.toUpperCase()}`,
  ending: `.${format}`,
  unavailable: needsPair,
  action: {
    kind: 'file',
    make: async (ctx) => (await files()).compareImage(ctx.project, { panes: ctx.panes, before: ctx.pair!.before, after: ctx.pair!.after }, format, ctx.diffs),
  },
})

export const EXPORT_GROUPS: readonly EntryGroup[] = [
  {
    id: 'project',
    title: () => 'Project',
    entries: [
      {
        id: 'project-file',
        label: 'Project file',
        ending: '.flowstate.json',
        unavailable: always,
        action: { kind: 'file', make: async (ctx) => (await files()).projectExport(ctx.project, ctx.savedAt) },
      },
      {
        id: 'bpmn',
        label: 'BPMN 2.0 of a state…',
        ending: '.bpmn',
        unavailable: (ctx) => (ctx.project.states.length > 0 ? null : 'The project has no state yet'),
        action: { kind: 'dialog', dialog: 'bpmn' },
      },
    ],
  },
  {
    id: 'plan',
    title: (ctx, name) => (ctx.pair ? `Plan: ${name(ctx.pair.before)} → ${name(ctx.pair.after)}` : 'Plan'),
    entries: [
      plan('plan-csv', 'Plan as CSV', '.csv', 'csv'),
      plan('plan-jira', 'Jira CSV', '.csv', 'jira'),
      plan('plan-asana', 'Asana CSV', '.csv', 'asana'),
      plan('plan-mspdi', 'Microsoft Project XML', '.xml', 'mspdi'),
      plan('plan-md', 'Markdown change report', '.md', 'md'),
    ],
  },
  {
    id: 'image',
    title: () => 'Image',
    entries: [
      compareImage('png'),
      compareImage('svg'),
      {
        id: 'state-image',
        label: 'A state as PNG or SVG…',
        unavailable: (ctx) => (ctx.project.states.length > 0 ? null : 'The project has no state yet'),
        action: { kind: 'dialog', dialog: 'state-image' },
      },
      { id: 'print', label: 'Print on A4 landscape…', unavailable: (ctx) => (ctx.project.states.length > 0 ? null : 'The project has no state yet'), action: { kind: 'print' } },
    ],
  },
]
