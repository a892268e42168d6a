// Copied steps as text for the system clipboard, so a paste in another tab or window of flowstate
// gets the whole steps (kinds, records, times, the flows between them) and not only their labels.
// Whatever the clipboard holds is untrusted: it is read with the project format's own schema
// pieces and anything that does not fit is ignored. Nothing here touches the DOM or the store.
import { z } from 'zod'
import type { Command, StepClip } from '../../domain/commands'
import { newId, projectSchema, safeJsonParse, type DataItem, type Project, type Role, type System } from '../../domain/model'

/** The clipboard type the payload travels under where the browser keeps types of its own. */
export const STEPS_MIME = 'application/x-flowstate-steps+json'
/** The marker that tells a flowstate payload from any other JSON someone copied. */
export const STEPS_MARKER = 'flowstate-steps'
const PAYLOAD_VERSION = 1
/** Far more than any state's worth of steps; a larger text is not parsed at all. */
const MAX_CHARS = 5 * 1024 * 1024

/** Copied steps with the catalogue entries they use, so another project can take them in. */
export interface StepsPayload extends StepClip {
  roles: Role[]
  systems: System[]
  dataItems: DataItem[]
}

const stateShape = projectSchema.shape.states.element.shape
const payloadSchema = z.object({
  format: z.literal(STEPS_MARKER),
  version: z.literal(PAYLOAD_VERSION),
  steps: stateShape.steps.min(1),
  flows: stateShape.flows,
  roles: projectSchema.shape.roles.max(1000),
  systems: projectSchema.shape.systems.max(1000),
  dataItems: projectSchema.shape.dataItems.max(1000),
})

/** The payload for `steps` of `project` (and the flows between them), as clipboard text. */
export function writeStepsPayload(project: Project, clip: StepClip): string {
  const roleIds = new Set(clip.steps.flatMap((s) => (s.roleId === undefined ? [] : [s.roleId])))
  const systemIds = new Set(clip.steps.flatMap((s) => [...s.systemIds, ...s.records.flatMap((r) => (r.systemId === undefined ? [] : [r.systemId]))]))
  const itemIds = new Set(clip.steps.flatMap((s) => s.records.map((r) => r.dataItemId)))
  return JSON.stringify({
    format: STEPS_MARKER,
    version: PAYLOAD_VERSION,
    steps: clip.steps,
    flows: clip.flows,
    roles: project.roles.filter((r) => roleIds.has(r.id)),
    systems: project.systems.filter((s) => systemIds.has(s.id)),
    dataItems: project.dataItems.filter((d) => itemIds.has(d.id)),
  })
}

const HEX_COLOUR = /^#[0-9a-f]{3,8}$/i
const HTML_OPEN = `<!--${STEPS_MARKER}:`
const HTML_CLOSE = '-->'

/**
 * The copy as HTML, which every browser carries between tabs: the labels as a list (for notes and
 * mail) and the payload, URI-encoded so it cannot end the comment, in a comment before them.
 */
export function stepsAsHtml(labels: readonly string[], payload: string): string {
  const items = labels.map((l) => `<li>${escapeHtml(l)}</li>`).join('')
  return `${HTML_OPEN}${encodeURIComponent(payload)}${HTML_CLOSE}<ul>${items}</ul>`
}

/**
 * The payload in clipboard HTML, found as text between the markers: the HTML itself is never
 * parsed or shown.
 */
export function payloadInHtml(html: string | undefined | null): string | null {
  if (!html || html.length > MAX_CHARS * 3) return null
  const start = html.indexOf(HTML_OPEN)
  if (start < 0) return null
  const end = html.indexOf(HTML_CLOSE, start + HTML_OPEN.length)
  if (end < 0) return null
  try {
    return decodeURIComponent(html.slice(start + HTML_OPEN.length, end))
  } catch {
    return null
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** The steps in a clipboard text, or null when it is not a well-formed flowstate payload. */
export function readStepsPayload(text: string | undefined | null): StepsPayload | null {
  if (!text || text.length > MAX_CHARS || !text.includes(STEPS_MARKER)) return null
  let raw: unknown
  try {
    raw = safeJsonParse(text.trim())
  } catch {
    return null
  }
  const parsed = payloadSchema.safeParse(raw)
  if (!parsed.success) return null
  const { steps, flows, roles, systems, dataItems } = parsed.data as StepsPayload
  const stepIds = new Set(steps.map((s) => s.id))
  if (stepIds.size !== steps.length) return null
  // Flows to steps that were not copied are dropped, as within one tab.
  return { steps, flows: flows.filter((f) => stepIds.has(f.from) && stepIds.has(f.to)), roles, systems, dataItems }
}

/** Two catalogue entries with the same name, in any case, are one. */
const nameKey = (entry: { name: string }) => entry.name.trim().toLowerCase()

/**
 * What pasting `payload` into `project` needs first: the catalogue entries it uses that the project
 * does not have. An entry with the same id (the same project, in another tab) or the same name is
 * taken as it is; any other is added, under a new id when its id is taken. The clip's references
 * are rewritten to the project's entries.
 */
export function adoptCatalogue(project: Project, payload: StepsPayload): { commands: Command[]; clip: StepClip; project: Project } {
  const commands: Command[] = []
  const taken = new Set([...project.roles, ...project.systems, ...project.dataItems].map((x) => x.id))
  const adopt = <T extends { id: string; name: string }>(have: readonly T[], wanted: readonly T[], prefix: string, add: (entry: T) => Command) => {
    const ids = new Map<string, string>()
    const added: T[] = []
    const byName = new Map(have.map((x) => [nameKey(x), x.id]))
    for (const entry of wanted) {
      const same = have.find((x) => x.id === entry.id && nameKey(x) === nameKey(entry))
      const named = byName.get(nameKey(entry))
      if (same) ids.set(entry.id, same.id)
      else if (named !== undefined) ids.set(entry.id, named)
      else if (entry.name.trim()) {
        const id = taken.has(entry.id) ? newId(prefix) : entry.id
        taken.add(id)
        const fresh = { ...entry, id }
        added.push(fresh)
        byName.set(nameKey(entry), id)
        ids.set(entry.id, id)
        commands.push(add(fresh))
      }
    }
    return { ids, added }
  }
  // A colour from elsewhere reaches CSS: only a plain hex colour is taken, else the lane is grey.
  const wantedRoles = payload.roles.map(({ color, ...role }) => (color !== undefined && HEX_COLOUR.test(color) ? { ...role, color } : role))
  const roles = adopt(project.roles, wantedRoles, 'r', (role) => ({ type: 'role.add', role }))
  const systems = adopt(project.systems, payload.systems, 'sys', (system) => ({ type: 'system.add', system }))
  const items = adopt(project.dataItems, payload.dataItems, 'd', (dataItem) => ({ type: 'dataItem.add', dataItem }))
  // A reference the payload does not explain is left as it is: preparePaste drops it unless the project has it.
  const map = (ids: Map<string, string>, id: string) => ids.get(id) ?? id
  const steps = payload.steps.map((s) => {
    const { roleId, ...rest } = s
    return {
      ...rest,
      ...(roleId === undefined ? {} : { roleId: map(roles.ids, roleId) }),
      systemIds: s.systemIds.map((id) => map(systems.ids, id)),
      records: s.records.map((r) => ({ ...r, dataItemId: map(items.ids, r.dataItemId), ...(r.systemId === undefined ? {} : { systemId: map(systems.ids, r.systemId) }) })),
    }
  })
  return {
    commands,
    clip: { steps, flows: payload.flows },
    project: { ...project, roles: [...project.roles, ...roles.added], systems: [...project.systems, ...systems.added], dataItems: [...project.dataItems, ...items.added] },
  }
}
