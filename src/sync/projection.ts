// Doc → project. Every replica computes the same project from the same doc, and that project is
// always valid: entries the doc holds for a moment but no single person made (a flow whose step
// a colleague deleted, a lane of a removed role) are left out here and never repaired in the doc,
// so no replica writes repairs back. Only what changed since the last build is read again; every
// entity, state and list that did not change is the previous project's own object, so memoized
// components do not re-render.
import { LIMITS } from '../domain/model/limits'
import { FORMAT, FORMAT_VERSION, type Flow, type Project, type Step, type WorkflowState } from '../domain/model/types'
import { deepEqual } from '../persistence/equal'
import { flowCodec, isId, stateCodec, stepCodec, type Fields, type StateHeader } from './codecs'
import { CATALOGUES, DEPENDENTS, FLOWS, listOf, mapsOf, PROJECT_COLLECTIONS, STATES, STEPS, type ProjectCollection, type References } from './layout'
import { compareOrder } from './order'
import type { Changes, RawIndex } from './rawIndex'

type Entity = { id: string }

/** The collections a step's validity depends on. */
const CONTEXT = ['roles', 'systems', 'dataItems']

/** What a step's validity depends on beyond its own fields. */
interface Context {
  roles: ReadonlySet<string>
  systems: ReadonlySet<string>
  dataItems: ReadonlySet<string>
}

export class Projector {
  /** Sorted member ids per `map|stateId`, kept while no member is added, removed or reordered. */
  private readonly sorted = new Map<string, string[]>()

  constructor(
    private readonly raw: RawIndex,
    private readonly projectId: string,
  ) {}

  /** The project the doc describes now, reusing `prev`'s objects wherever nothing changed; null before the doc holds a project. */
  build(prev: Project | null): Project | null {
    const ch = this.raw.takeChanges()
    const meta = this.raw.meta
    if (typeof meta.createdAt !== 'string') return null
    const full = ch.all || prev === null
    if (full) this.sorted.clear()
    const lists = new Map<string, Entity[] | undefined>()
    const touched = (c: ProjectCollection) => full || ch.meta || mapsOf(c).some((m) => ch.ids.has(m.name))
    for (const c of CATALOGUES) {
      const before = prev ? listOf(prev, c.key) : undefined
      lists.set(c.key, touched(c) ? this.readCollection(c, before, null) : before)
    }
    // Steps depend on the roles, systems and data items (their lanes, systems and records).
    const catalogueChanged = full || CONTEXT.some((key) => lists.get(key) !== (prev ? listOf(prev, key) : undefined))
    const ids = (key: string) => new Set((lists.get(key) ?? []).map((x) => x.id))
    const ctx: Context = { roles: ids('roles'), systems: ids('systems'), dataItems: ids('dataItems') }
    const states = this.buildStates(prev?.states, ch, ctx, full || catalogueChanged)
    const refs = references(states, ctx)
    for (const c of DEPENDENTS) {
      const before = prev ? listOf(prev, c.key) : undefined
      const stale = touched(c) || states !== prev?.states || catalogueChanged
      lists.set(c.key, stale ? this.readCollection(c, before, refs) : before)
    }
    const project = this.assemble(lists, states)
    return prev && sameProject(prev, project) ? prev : project
  }

  private assemble(lists: Map<string, Entity[] | undefined>, states: WorkflowState[]): Project {
    const meta = this.raw.meta
    const p: Record<string, unknown> = { format: FORMAT, version: FORMAT_VERSION, id: this.projectId, name: text(meta.name, LIMITS.nameChars) }
    if (typeof meta.description === 'string') p.description = text(meta.description, LIMITS.notesChars)
    p.createdAt = meta.createdAt
    p.updatedAt = typeof meta.updatedAt === 'string' ? meta.updatedAt : meta.createdAt
    // In the file's order: the catalogues, the states, then the optional collections that exist.
    for (const c of PROJECT_COLLECTIONS) if (!c.optional) p[c.key] = lists.get(c.key) ?? []
    p.states = states
    for (const c of PROJECT_COLLECTIONS) if (c.optional && lists.get(c.key) !== undefined) p[c.key] = lists.get(c.key)
    return p as unknown as Project
  }

  private readCollection(c: ProjectCollection, before: Entity[] | undefined, refs: References | null): Entity[] | undefined {
    const maps = mapsOf(c)
    if (c.optional && this.raw.meta[`has:${c.key}`] !== true && maps.every((m) => this.raw.entities.get(m.name)!.size === 0)) return undefined
    const prevById = byId(before)
    const out: Entity[] = []
    const taken = new Set<string>()
    for (const m of maps) {
      const entries = this.raw.entities.get(m.name)!
      for (const id of sortedIds(entries, entries.keys())) {
        if (!isId(id) || this.raw.claimedEarlier(m.name, id)) continue
        let e = c.codec.read(id, entries.get(id)!)
        if (!e) continue
        if (m.adjust) e = m.adjust(e)
        if (c.fit && refs) e = c.fit(e, refs)
        if (!e) continue
        if (c.unique) {
          const key = c.unique(e)
          if (taken.has(key)) continue
          taken.add(key)
        }
        const old = prevById.get(id)
        out.push(old && deepEqual(old, e) ? old : e)
      }
    }
    return before && sameItems(before, out) ? before : out
  }

  private buildStates(prev: WorkflowState[] | undefined, ch: Changes, ctx: Context, reread: boolean): WorkflowState[] {
    if (prev && !reread && ch.states.size === 0 && !ch.ids.has(STATES)) return prev
    const entries = this.raw.entities.get(STATES)!
    const ids = sortedIds(entries, entries.keys()).filter((id) => isId(id) && !this.raw.claimedEarlier(STATES, id))
    const present = new Set(ids)
    const prevById = byId(prev)
    const states = ids.map((id) => {
      const header = stateCodec.read(id, entries.get(id)!)!
      if (header.basedOn !== undefined && !present.has(header.basedOn)) delete header.basedOn
      const old = prevById.get(id)
      if (old && !reread && !ch.states.has(id) && sameHeader(old, header)) return old
      return this.buildState(header, old, ch, ctx, reread)
    })
    return prev && sameItems(prev, states) ? prev : states
  }

  private buildState(header: StateHeader, old: WorkflowState | undefined, ch: Changes, ctx: Context, reread: boolean): WorkflowState {
    const laneOrder = this.raw.lanes.get(header.id) ?? new Map<string, unknown>()
    const laneList = [...laneOrder]
      .filter(([roleId]) => ctx.roles.has(roleId))
      .map(([roleId, order]) => ({ id: roleId, order: typeof order === 'string' ? order : '' }))
      .sort(compareOrder)
      .map((x) => x.id)
    const lanes = old && sameList(old.lanes, laneList) ? old.lanes : laneList
    const laneSet = new Set(lanes)
    const rereadSteps = reread || lanes !== old?.lanes
    const steps = this.members<Step>(STEPS, header.id, old?.steps, ch, LIMITS.stepsPerState, rereadSteps, (id, f) => validStep(stepCodec.read(id, f)!, laneSet, ctx))
    let visible: Set<string> | undefined
    const hasEnds = (f: Flow) => {
      visible ??= new Set(steps.map((s) => s.id))
      return visible.has(f.from) && visible.has(f.to)
    }
    // Unchanged flows need a look only when the steps changed (one may have gone).
    const keepOld = steps === old?.steps ? undefined : hasEnds
    const flows = this.members<Flow>(FLOWS, header.id, old?.flows, ch, LIMITS.flowsPerState, false, (id, f) => {
      const flow = flowCodec.read(id, f)
      return flow && hasEnds(flow) ? flow : null
    }, keepOld)
    const state: WorkflowState = { id: header.id, name: header.name, phase: header.phase, ...(header.basedOn !== undefined ? { basedOn: header.basedOn } : {}), lanes, steps, flows }
    return old && sameHeader(old, header) && old.lanes === lanes && old.steps === steps && old.flows === flows ? old : state
  }

  /**
   * The steps or flows of one state in order: unchanged entries are `prev`'s objects (when
   * `keepOld` allows), changed ones are read again and still reused when equal.
   */
  private members<E extends Entity>(
    name: typeof STEPS | typeof FLOWS,
    stateId: string,
    prev: E[] | undefined,
    ch: Changes,
    limit: number,
    reread: boolean,
    read: (id: string, f: Fields) => E | null,
    keepOld?: (old: E) => boolean,
  ): E[] {
    const entries = this.raw.entities.get(name)!
    const cacheKey = `${name}|${stateId}`
    let order = this.sorted.get(cacheKey)
    if (!order || ch.membership.has(stateId)) {
      order = sortedIds(entries, this.raw.membersOf(name, stateId))
      this.sorted.set(cacheKey, order)
    }
    const touched = ch.ids.get(name)
    const prevById = byId(prev)
    const out: E[] = []
    for (const id of order) {
      if (out.length >= limit) break
      if (!isId(id) || this.raw.claimedEarlier(name, id)) continue
      const old = prevById.get(id)
      if (old && !reread && !touched?.has(id)) {
        if (!keepOld || keepOld(old)) out.push(old)
        continue
      }
      const e = read(id, entries.get(id)!)
      if (e) out.push(old && deepEqual(old, e) ? old : e)
    }
    return prev && sameItems(prev, out) ? prev : out
  }
}

/** A step as the rest of the project allows it: a lane of its state, known systems and data items. */
function validStep(step: Step, lanes: ReadonlySet<string>, ctx: Context): Step {
  if (step.roleId !== undefined && !lanes.has(step.roleId)) delete step.roleId
  if (step.systemIds.some((id) => !ctx.systems.has(id))) step.systemIds = step.systemIds.filter((id) => ctx.systems.has(id))
  if (step.records.some((r) => !ctx.dataItems.has(r.dataItemId) || (r.systemId !== undefined && !ctx.systems.has(r.systemId)))) {
    step.records = step.records
      .filter((r) => ctx.dataItems.has(r.dataItemId))
      .map((r) => (r.systemId !== undefined && !ctx.systems.has(r.systemId) ? { dataItemId: r.dataItemId, entry: r.entry } : r))
  }
  return step
}

function references(states: readonly WorkflowState[], ctx: Context): References {
  let index: Map<string, string> | undefined
  const stateIds = new Set(states.map((s) => s.id))
  return {
    stateOfStep(stepId) {
      if (!index) {
        index = new Map()
        for (const s of states) for (const step of s.steps) index.set(step.id, s.id)
      }
      return index.get(stepId)
    },
    hasState: (id) => stateIds.has(id),
    hasRole: (id) => ctx.roles.has(id),
  }
}

/** Ids sorted by their `order` key, ties by id: the same on every replica. */
function sortedIds(entries: ReadonlyMap<string, Fields>, ids: Iterable<string>): string[] {
  const keyed: { id: string; order: string }[] = []
  for (const id of ids) {
    const o = entries.get(id)?.order
    keyed.push({ id, order: typeof o === 'string' ? o : '' })
  }
  return keyed.sort(compareOrder).map((x) => x.id)
}

function byId<E extends Entity>(list: readonly E[] | undefined): Map<string, E> {
  const m = new Map<string, E>()
  if (list) for (const x of list) m.set(x.id, x)
  return m
}

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '')

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
const sameList = sameItems<string>

function sameHeader(s: WorkflowState, h: StateHeader): boolean {
  return s.name === h.name && s.phase === h.phase && s.basedOn === h.basedOn
}

function sameProject(a: Project, b: Project): boolean {
  const ao = a as unknown as Record<string, unknown>
  const bo = b as unknown as Record<string, unknown>
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)])
  for (const k of keys) if (ao[k] !== bo[k]) return false
  return true
}
