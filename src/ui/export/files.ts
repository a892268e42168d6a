// Every file the Export menu makes, from the open project: the project file, the plan
// (CSV, Jira, Asana, MSPDI, Markdown) and images. BPMN goes through its own dialog (src/ui/bpmn),
// which says what BPMN cannot carry. The plan formats load when first used.
import type { DiffResult } from '../../domain/diff'
import { regionNames, type Project, type WorkflowState } from '../../domain/model'
import { compareSvg, stateSvg, type CompareView } from '../../io/svg'
import { fileSlug } from '../project/download'
import { projectFile } from '../project/ExportButton'
import { svgToPng } from './png'

export interface ExportFile {
  fileName: string
  blob: Blob
}

export type PlanFormat = 'csv' | 'jira' | 'asana' | 'mspdi' | 'md'
export type ImageFormat = 'png' | 'svg'

const UTF8 = 'charset=utf-8'

export function projectExport(project: Project, savedAt: string | undefined): ExportFile {
  const { fileName, text } = projectFile(project, savedAt)
  return { fileName, blob: new Blob([text], { type: `application/json;${UTF8}` }) }
}

const PLAN_FILES: Record<PlanFormat, { suffix: string; type: string }> = {
  csv: { suffix: 'plan.csv', type: 'text/csv' },
  jira: { suffix: 'plan-jira.csv', type: 'text/csv' },
  asana: { suffix: 'plan-asana.csv', type: 'text/csv' },
  mspdi: { suffix: 'plan.xml', type: 'application/xml' },
  md: { suffix: 'change-report.md', type: 'text/markdown' },
}

/** The plan from `before` to `after` through the transition states between, in one format. */
export async function planExport(project: Project, pair: { before: string; after: string }, format: PlanFormat): Promise<ExportFile> {
  const { planProject } = await import('../../domain/plan')
  const result = planProject(project, { from: pair.before, to: pair.after })
  if (!result.ok) throw new Error(result.error)
  const { plan } = result
  let text: string
  if (format === 'mspdi') {
    const { planToMspdi } = await import('../../io/mspdi')
    text = planToMspdi(plan, { start: today() })
  } else if (format === 'md') {
    const [{ changeReport }, { diffStates }] = await Promise.all([import('../../io/markdown'), import('../../domain/diff')])
    text = changeReport({ diff: diffStates(project, pair.before, pair.after), plan })
  } else {
    const { planToCsv } = await import('../../io/csv')
    text = planToCsv(plan, { preset: format === 'csv' ? 'generic' : format })
  }
  const file = PLAN_FILES[format]
  return { fileName: `${fileSlug(project.name)}-${file.suffix}`, blob: new Blob([text], { type: `${file.type};${UTF8}` }) }
}

/** The side-by-side view as on screen: its panes, its pair and the diffs already computed. */
export async function compareImage(
  project: Project,
  view: CompareView,
  format: ImageFormat,
  diffs?: { pair?: DiffResult; others?: Readonly<Record<string, DiffResult>> },
): Promise<ExportFile> {
  const svg = compareSvg(project, view, diffs ? { diffs } : {})
  const regions = regionNames(project.states)
  const name = `${fileSlug(project.name)}-${fileSlug(regions.get(view.before) ?? 'before')}-vs-${fileSlug(regions.get(view.after) ?? 'after')}`
  return image(svg, name, format)
}

export async function stateImage(project: Project, state: WorkflowState, format: ImageFormat): Promise<ExportFile> {
  return image(stateSvg(project, state), `${fileSlug(project.name)}-${fileSlug(state.name)}`, format)
}

async function image(svg: string, name: string, format: ImageFormat): Promise<ExportFile> {
  if (format === 'svg') return { fileName: `${name}.svg`, blob: new Blob([svg], { type: 'image/svg+xml' }) }
  return { fileName: `${name}.png`, blob: await svgToPng(svg) }
}

/** Today on this computer's calendar, YYYY-MM-DD: the plan's first working day. */
function today(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
