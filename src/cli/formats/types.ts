import type { Project, WorkflowState } from '../../domain/model/types'

/** What `flowstate export` hands a format: the project and the states the user picked. */
export interface ExportInput {
  project: Project
  /** --from, default the first current state (for scope 'state' and 'pair'). */
  from: WorkflowState
  /** --to, default the last future state (for scope 'state' and 'pair'). */
  to: WorkflowState
  /** The one state a single-state format writes: --to, else --from when only it was given, else the default `to`. */
  state: WorkflowState
  /** The file that was read, for names and messages. */
  source: { path: string; kind: 'bpmn' | 'project' }
  /** --preset and --start, for the formats that take them (plan exports); --state and the
   *  --from/--to names as typed, for formats that pick their states themselves (svg). */
  options?: { preset?: string; start?: string; state?: string; from?: string; to?: string }
}

export interface ExportOutput {
  text: string
  /** Said on stderr; the export still succeeds. */
  warnings?: string[]
}

/**
 * One `--format` of `flowstate export`. Add a format by writing src/cli/formats/<name>.ts and
 * listing it in src/cli/formats/index.ts; `export --help` and the error for unknown formats
 * follow the list.
 */
export interface ExportFormat {
  name: string
  /** One line for --help. */
  description: string
  /** Suggested file extension for -o, without the dot. */
  extension: string
  /** 'project' formats get no from/to (a project without a current or future state is fine). */
  scope: 'state' | 'pair' | 'project'
  /** The values --preset accepts; a format without presets refuses --preset. */
  presets?: readonly string[]
  /** Takes --state NAME (one state instead of a pair); other formats refuse it. */
  takesState?: boolean
  run(input: ExportInput): ExportOutput | Promise<ExportOutput>
}
