// Conflicts said out loud. Two writes to one field of one entity settle by Yjs's rule, the same
// everywhere; the person whose write lost is told. A write of mine lost to a *concurrent* one when
// the winning value was not written on top of mine: every Y.Map value remembers the value its
// writer saw (its left origin), so a colleague who saw my label and changed it deliberately made
// a later edit, not a conflict.
import * as Y from 'yjs'
import type { Project } from '../domain/model/types'
import { PROJECT } from './layout'
import { describeField } from './words'

/** The project's fields a person edits (its dates and flags are not theirs). */
const PROJECT_FIELDS = new Set(['name', 'description'])

/** "Your label for 'Scan tray' was replaced by Ana's edit." */
export interface ConflictNotice {
  message: string
  /** The top-level map and id of the entity (`steps`, `s_1`), and the field that lost. */
  collection: string
  entityId: string
  /** The state the step or flow is in, for bringing it into view. */
  stateId?: string
  field: string
  /** Who wrote the value that won; `name` null when they were never seen in presence. */
  by: { clientId: number; name: string | null }
  at: number
}

/** One value I wrote and that was current right after my write. */
interface Written {
  item: Y.ID
  value: unknown
  /** What the entity was called when I wrote (a step's label before my edit). */
  name: string
  stateId?: string
}

/** Written values remembered for comparison (a long offline session keeps at most this many). */
const REMEMBERED = 2_000
/** How far back the chain of values seen is followed. */
const CHAIN_LIMIT = 200

export class ConflictWatch {
  private readonly mine = new Map<string, Written>()
  private readonly names = new Map<unknown, string>()
  private readonly project: Y.Map<unknown>

  constructor(
    private readonly doc: Y.Doc,
    topLevel: readonly string[],
    private readonly nameOf: (clientId: number) => string | null,
  ) {
    for (const name of topLevel) this.names.set(doc.getMap(name), name)
    this.project = doc.getMap(PROJECT)
  }

  /** After a transaction of mine: remember which values are mine now. */
  recordLocal(tr: Y.Transaction, project: Project | null): void {
    this.eachEntityKey(tr, (collection, entityId, map, key) => {
      const item = map._map.get(key)
      if (!item || item.deleted || item.id.client !== this.doc.clientID) return
      const where = describeEntity(project, collection, entityId)
      const id = `${collection}\u0000${entityId}\u0000${key}`
      this.mine.delete(id)
      this.mine.set(id, { item: item.id, value: map.get(key), ...where })
      if (this.mine.size > REMEMBERED) this.mine.delete(this.mine.keys().next().value!)
    })
  }

  /** After a colleague's transaction: the notices for my values it replaced concurrently. */
  checkRemote(tr: Y.Transaction): ConflictNotice[] {
    const notices: ConflictNotice[] = []
    this.eachEntityKey(tr, (collection, entityId, map, key) => {
      const id = `${collection}\u0000${entityId}\u0000${key}`
      const written = this.mine.get(id)
      if (!written) return
      const winner = map._map.get(key)
      if (!winner || winner.deleted || Y.compareIDs(winner.id, written.item)) return
      this.mine.delete(id)
      if (this.sawMine(winner, written.item)) return
      const theirs = map.get(key)
      if (JSON.stringify(theirs) === JSON.stringify(written.value)) return
      const by = { clientId: winner.id.client, name: this.nameOf(winner.id.client) }
      notices.push({
        message: `Your ${describeField(collection, key)} for '${written.name}' was replaced by ${by.name ? `${by.name}'s` : "a colleague's"} edit.`,
        collection,
        entityId,
        ...(written.stateId !== undefined ? { stateId: written.stateId } : {}),
        field: key,
        by,
        at: Date.now(),
      })
    })
    return notices
  }

  /** Whether `item` was written by someone who had seen `mine` (directly or through later values). */
  private sawMine(item: Y.Item, mine: Y.ID): boolean {
    let origin = item.origin
    for (let i = 0; origin && i < CHAIN_LIMIT; i++) {
      if (Y.compareIDs(origin, mine)) return true
      const prev = Y.getItem(this.doc.store, origin)
      origin = prev instanceof Y.Item ? prev.origin : null
    }
    return false
  }

  /** Each field of an entity the transaction changed: (collection, entity id, the entity's map, field). */
  private eachEntityKey(tr: Y.Transaction, visit: (collection: string, entityId: string, map: Y.Map<unknown>, key: string) => void): void {
    for (const [type, keys] of tr.changed) {
      if ((type as unknown) === this.project) {
        for (const key of keys) if (key !== null && PROJECT_FIELDS.has(key)) visit(PROJECT, '', this.project, key)
        continue
      }
      const parent = type._item?.parent
      if (!(type instanceof Y.Map) || !parent || !type._item?.parentSub) continue
      const collection = this.names.get(parent)
      if (!collection) continue
      for (const key of keys) if (key !== null && key !== 'order') visit(collection, type._item.parentSub, type as Y.Map<unknown>, key)
    }
  }
}

/** The entity's name in the project before the edit, and its state for steps and flows. */
function describeEntity(project: Project | null, collection: string, id: string): { name: string; stateId?: string } {
  if (!project) return { name: id }
  if (collection === PROJECT) return { name: project.name }
  if (collection === 'steps' || collection === 'flows') {
    for (const s of project.states) {
      if (collection === 'steps') {
        const step = s.steps.find((x) => x.id === id)
        if (step) return { name: step.label || 'an unnamed step', stateId: s.id }
      } else {
        const f = s.flows.find((x) => x.id === id)
        if (f) {
          const from = s.steps.find((x) => x.id === f.from)?.label || 'a step'
          const to = s.steps.find((x) => x.id === f.to)?.label || 'a step'
          return { name: `${from} → ${to}`, stateId: s.id }
        }
      }
    }
    return { name: id }
  }
  if (collection === 'states') return { name: project.states.find((s) => s.id === id)?.name ?? id }
  if (collection === 'comments') {
    const text = project.comments?.find((c) => c.id === id)?.text ?? id
    return { name: text.length > 40 ? `${text.slice(0, 39)}…` : text }
  }
  const list = (project as unknown as Record<string, { id: string; name?: string }[] | undefined>)[collection]
  return { name: list?.find((x) => x.id === id)?.name ?? id }
}
