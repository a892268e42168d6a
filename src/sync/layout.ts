// The shape of a shared project's Y.Doc (docs/sync.md, "One shared project = one Y.Doc"): one
// top-level Y.Map per kind of entity, keyed by id, each entity a Y.Map of its fields plus its
// `order`. Project-level collections are one table, so a new one (comments, a project's own
// synonyms, log mappings) is one entry here and nothing else in src/sync changes.
import * as Y from 'yjs'
import type { ActivityLink, ActivityMap, Comment, MatchOverride, Project, SignOff } from '../domain/model/types'
import { matchOverrideCodec, namedCodec, roleCodec, type Codec } from './codecs'
import { activityMapCodec, commentCodec, signOffCodec } from './reviewCodecs'

/** The project's own fields: `name`, `description`, `createdAt`, `updatedAt`, `formatVersion`, `has:<collection>`. */
export const PROJECT = 'project'
export const STATES = 'states'
export const STEPS = 'steps'
export const FLOWS = 'flows'
/** `stateId/roleId` → the lane's fractional key in its state. */
export const LANES = 'lanes'

/** What a collection's `fit` may look at: the project as projected so far (catalogues and states). */
export interface References {
  /** The state a visible step is in, or undefined for a step that is not (or no longer) there. */
  stateOfStep(stepId: string): string | undefined
  hasState(stateId: string): boolean
  hasRole(roleId: string): boolean
}

/** One top-level map a collection's entities live in. */
export interface CollectionMap<E> {
  name: string
  /** Written by the workshop server only: a client never writes it (the server refuses such updates). */
  serverOnly?: boolean
  /** What an entity read from this map is (a sign-off from the server's map is not local). */
  adjust?: (entity: E) => E
}

/** An array of entities on the project (`project.roles`, `project.comments`, ...). */
export interface ProjectCollection<E extends { id: string } = { id: string }> {
  /** The project's field, and the name of the doc's top-level map unless `maps` says otherwise. */
  key: string
  codec: Codec<E>
  /** May be absent from a project; the doc says whether it is there with `has:<key>` (or by having entries). */
  optional: boolean
  /** The maps it is read from, in order (default: one map named `key`); `owner` says where an entity is written. */
  maps?: readonly CollectionMap<E>[]
  owner?: (entity: E) => string
  /**
   * The entity as the rest of the project allows it (references that no longer hold dropped), or
   * null when it cannot stay; read after the states when given.
   */
  fit?: (entity: E, refs: References) => E | null
  /** Entities with the same key are one too many: the first (in map and list order) stays. */
  unique?: (entity: E) => string
  /** What a sharer's seed writes instead of an entity a client may not write. */
  seedAs?: (entity: E) => E
  /** Why a client may not change the server's entities, for the store's status line. */
  serverOnlyMessage?: string
}

const overrideFits = (o: MatchOverride, refs: References): MatchOverride | null => {
  const a = refs.stateOfStep(o.beforeStepId)
  const b = refs.stateOfStep(o.afterStepId)
  return a !== undefined && b !== undefined && a !== b ? o : null
}

/** An activity map of a state that exists, linking only to steps of that state (a deleted step's links go). */
const activityMapFits = (m: ActivityMap, refs: References): ActivityMap | null => {
  if (!refs.hasState(m.stateId)) return null
  const fits = (a: ActivityLink) => a.stepId === null || refs.stateOfStep(a.stepId) === m.stateId
  return m.activities.every(fits) ? m : { ...m, activities: m.activities.filter(fits) }
}

/** Sign-offs the server recorded (`signoffs`, docs/sync.md "Server-only records") and sign-offs typed here. */
const SIGN_OFF_MAPS: readonly CollectionMap<SignOff>[] = [
  { name: 'signoffs', serverOnly: true, adjust: (s) => ({ ...s, local: false }) },
  { name: 'localSignOffs', adjust: (s) => ({ ...s, local: true }) },
]

const collection = <E extends { id: string }>(c: ProjectCollection<E>) => c as unknown as ProjectCollection

/** Project-level collections, in the order their ids are claimed (an id used twice keeps its first owner). */
export const PROJECT_COLLECTIONS: readonly ProjectCollection[] = [
  { key: 'roles', codec: roleCodec, optional: false },
  { key: 'systems', codec: namedCodec, optional: false },
  { key: 'dataItems', codec: namedCodec, optional: false },
  collection<MatchOverride>({ key: 'matchOverrides', codec: matchOverrideCodec, optional: true, fit: overrideFits }),
  // Anchors may dangle (a step deleted from every state keeps its discussion), as in a file.
  collection<Comment>({ key: 'comments', codec: commentCodec, optional: true }),
  collection<SignOff>({
    key: 'signOffs',
    codec: signOffCodec,
    optional: true,
    maps: SIGN_OFF_MAPS,
    owner: (s) => (s.local ? 'localSignOffs' : 'signoffs'),
    fit: (s, refs) => (refs.hasState(s.stateId) && refs.hasRole(s.roleId) ? s : null),
    unique: (s) => `${s.stateId}/${s.roleId}`,
    // A sign-off copied from another workshop cannot be checked by this one: it is kept as local.
    seedAs: (s) => (s.local ? s : { ...s, local: true }),
    serverOnlyMessage: 'In a live workshop, a sign-off recorded by the workshop server cannot be changed or replaced from here.',
  }),
  collection<ActivityMap>({ key: 'activityMaps', codec: activityMapCodec, optional: true, fit: activityMapFits, unique: (m) => m.stateId }),
]

/** The maps a collection lives in. */
export function mapsOf(c: ProjectCollection): readonly CollectionMap<{ id: string }>[] {
  return c.maps ?? [{ name: c.key }]
}

/** Collections read before the states: they cannot depend on steps. */
export const CATALOGUES = PROJECT_COLLECTIONS.filter((c) => !c.fit)
/** Collections whose `fit` looks at the states. */
export const DEPENDENTS = PROJECT_COLLECTIONS.filter((c) => c.fit)

/** Every top-level map that holds entities by id, in the order ids are claimed. */
export const ID_SPACE: readonly string[] = [...CATALOGUES.flatMap((c) => mapsOf(c).map((m) => m.name)), STATES, STEPS, FLOWS, ...DEPENDENTS.flatMap((c) => mapsOf(c).map((m) => m.name))]

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
