// The shape of a shared project's Y.Doc (docs/sync.md, "One shared project = one Y.Doc"): one
// top-level Y.Map per kind of entity, keyed by id, each entity a Y.Map of its fields plus its
// `order`. Project-level collections are one table, so a new one (comments, a project's own
// synonyms, log mappings) is one entry here and nothing else in src/sync changes.
import * as Y from 'yjs'
import type { MatchOverride, Project } from '../domain/model/types'
import { matchOverrideCodec, namedCodec, roleCodec, type Codec } from './codecs'

/** The project's own fields: `name`, `description`, `createdAt`, `updatedAt`, `formatVersion`, `has:<collection>`. */
export const PROJECT = 'project'
export const STATES = 'states'
export const STEPS = 'steps'
export const FLOWS = 'flows'
/** `stateId/roleId` → the lane's fractional key in its state. */
export const LANES = 'lanes'

/** What a collection's `keep` may look at: the project as projected so far (catalogues and states). */
export interface References {
  /** The state a visible step is in, or undefined for a step that is not (or no longer) there. */
  stateOfStep(stepId: string): string | undefined
}

/** An array of entities on the project (`project.roles`, `project.matchOverrides`, ...). */
export interface ProjectCollection<E extends { id: string } = { id: string }> {
  /** The project's field and the name of the doc's top-level map. */
  key: string
  codec: Codec<E>
  /** Absent from a project that never had one; the doc remembers it was there with `has:<key>`. */
  optional: boolean
  /** Whether an entity's references still hold; read after the states when given. */
  keep?: (entity: E, refs: References) => boolean
}

const overridesHold = (o: MatchOverride, refs: References): boolean => {
  const a = refs.stateOfStep(o.beforeStepId)
  const b = refs.stateOfStep(o.afterStepId)
  return a !== undefined && b !== undefined && a !== b
}

/** Project-level collections, in the order their ids are claimed (an id used twice keeps its first owner). */
export const PROJECT_COLLECTIONS: readonly ProjectCollection[] = [
  { key: 'roles', codec: roleCodec, optional: false },
  { key: 'systems', codec: namedCodec, optional: false },
  { key: 'dataItems', codec: namedCodec, optional: false },
  { key: 'matchOverrides', codec: matchOverrideCodec as Codec<{ id: string }>, optional: true, keep: overridesHold as ProjectCollection['keep'] },
]

/** Collections read before the states: they cannot depend on steps. */
export const CATALOGUES = PROJECT_COLLECTIONS.filter((c) => !c.keep)
/** Collections whose `keep` looks at the states. */
export const DEPENDENTS = PROJECT_COLLECTIONS.filter((c) => c.keep)

/** Every top-level map that holds entities by id, in the order ids are claimed. */
export const ID_SPACE: readonly string[] = [...CATALOGUES.map((c) => c.key), STATES, STEPS, FLOWS, ...DEPENDENTS.map((c) => c.key)]

/** A project-level collection of a project, typed loosely: the table drives it by key. */
export function listOf(project: Project, key: string): { id: string }[] | undefined {
  return (project as unknown as Record<string, { id: string }[] | undefined>)[key]
}

/** `stateId/roleId`; a `/` or `%` inside an id is escaped, so the key always splits at its one bare `/`. */
export function laneKey(stateId: string, roleId: string): string {
  return `${escape(stateId)}/${escape(roleId)}`
}

export function splitLaneKey(key: string): [stateId: string, roleId: string] | null {
  const at = key.indexOf('/')
  if (at < 0 || key.indexOf('/', at + 1) >= 0) return null
  return [unescape(key.slice(0, at)), unescape(key.slice(at + 1))]
}

const escape = (id: string) => (/[%/]/.test(id) ? id.replace(/%/g, '%25').replace(/\//g, '%2F') : id)
const unescape = (s: string) => (s.includes('%') ? s.replace(/%2F/g, '/').replace(/%25/g, '%') : s)

/** The doc's top-level map of one kind. */
export function topMap(doc: Y.Doc, name: string): Y.Map<unknown> {
  return doc.getMap(name)
}

/** Every top-level map of the layout (what personal undo tracks). */
export function allMaps(doc: Y.Doc): Y.Map<unknown>[] {
  return [PROJECT, LANES, ...ID_SPACE].map((name) => doc.getMap(name))
}
