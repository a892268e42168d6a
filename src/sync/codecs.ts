// How each kind of entity is kept in the shared document: its fields as the keys of one Y.Map
// (so two people editing different fields both keep their edit), and back. Reading never trusts
// the document: any replica with an edit link can write anything into it, so every value is
// checked and a value the file format would refuse is dropped or clamped, never passed on.
import { LIMITS } from '../domain/model/limits'
import {
  PHASES,
  STEP_KINDS,
  VALUE_CLASSES,
  type DataItem,
  type Flow,
  type MatchOverride,
  type Phase,
  type Role,
  type Step,
  type StepRecord,
  type System,
} from '../domain/model/types'

/** An entity's fields as stored: plain JSON values by key. */
export type Fields = Record<string, unknown>

/**
 * A list field stored as a Y.Map of entries by key, each with its own order key, so two people
 * appending to it (replies to one comment) both keep their entry; read back as a plain object.
 */
export class KeyedList {
  constructor(readonly entries: readonly (readonly [key: string, value: Fields])[]) {}
}

/** The values of a keyed list as read from the doc ({ key: { ...value, order } }), in order. */
export function keyedValues(raw: unknown): Fields[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return []
  return Object.entries(raw as Record<string, unknown>)
    .filter((e): e is [string, Fields] => typeof e[1] === 'object' && e[1] !== null)
    .map(([key, v]) => ({ key, order: typeof v.order === 'string' ? v.order : '', v }))
    .sort((a, b) => (a.order !== b.order ? (a.order < b.order ? -1 : 1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ v }) => {
      const { order, ...rest } = v
      void order
      return rest
    })
}

/** Writes an entity as fields and reads it back; `read` returns null when no valid entity can be made. */
export interface Codec<E> {
  write(entity: E): Fields
  read(id: string, f: Fields): E | null
}

/** The state's own fields; its lanes, steps and flows are entries of their own maps. */
export interface StateHeader {
  id: string
  name: string
  phase: Phase
  basedOn?: string
}

export function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length >= 1 && v.length <= 200
}

export const text = (v: unknown, max: number): string => (typeof v === 'string' ? (v.length > max ? v.slice(0, max) : v) : '')
export const optionalText = (v: unknown, max: number): string | undefined => (typeof v === 'string' ? text(v, max) : undefined)
const finite = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
const minutes = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? Math.min(1e7, Math.max(0, v)) : undefined)
export const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined => (values.includes(v as T) ? (v as T) : undefined)

/** Sets `key` only when the value is defined: optional fields stay absent, as in a file. */
export function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value
}

/** Fields without their undefined values (Y.Map stores undefined as a value, not as absent). */
export function defined(f: Fields): Fields {
  for (const k of Object.keys(f)) if (f[k] === undefined) delete f[k]
  return f
}

export const roleCodec: Codec<Role> = {
  write: (r) => defined({ name: r.name, color: r.color }),
  read(id, f) {
    const role: Role = { id, name: text(f.name, LIMITS.nameChars) }
    if (typeof f.color === 'string' && f.color.length <= 50) role.color = f.color
    return role
  },
}

/** Systems and data items: an id and a name. */
export const namedCodec: Codec<System & DataItem> = {
  write: (x) => ({ name: x.name }),
  read: (id, f) => ({ id, name: text(f.name, LIMITS.nameChars) }),
}

export const matchOverrideCodec: Codec<MatchOverride> = {
  write: (o) => ({ kind: o.kind, beforeStepId: o.beforeStepId, afterStepId: o.afterStepId }),
  read(id, f) {
    const kind = oneOf(['link', 'unlink'] as const, f.kind)
    if (!kind || !isId(f.beforeStepId) || !isId(f.afterStepId)) return null
    return { id, kind, beforeStepId: f.beforeStepId, afterStepId: f.afterStepId }
  },
}

export const stateCodec: Codec<StateHeader> = {
  write: (s) => defined({ name: s.name, phase: s.phase, basedOn: s.basedOn }),
  read(id, f) {
    const header: StateHeader = { id, name: text(f.name, LIMITS.nameChars), phase: oneOf(PHASES, f.phase) ?? 'current' }
    if (isId(f.basedOn)) header.basedOn = f.basedOn
    return header
  },
}

/**
 * Layout (`position`) apart from content, so a move and a rename of one step never collide.
 * Values a step has unless it says otherwise (its own id as lineage, a task, no systems, no
 * records) are left out: a 2,000-step doc then holds a third fewer entries to load.
 */
export const stepCodec: Codec<Step> = {
  write: (s) =>
    defined({
      lineage: s.lineage === s.id ? undefined : s.lineage,
      kind: s.kind === 'task' ? undefined : s.kind,
      label: s.label,
      roleId: s.roleId,
      systemIds: s.systemIds.length > 0 ? s.systemIds : undefined,
      records: s.records.length > 0 ? s.records : undefined,
      touchMinutes: s.touchMinutes,
      waitMinutes: s.waitMinutes,
      value: s.value,
      notes: s.notes,
      position: { x: s.position.x, y: s.position.y },
    }),
  read(id, f) {
    const at = (typeof f.position === 'object' && f.position !== null ? f.position : {}) as Record<string, unknown>
    const step: Step = {
      id,
      lineage: isId(f.lineage) ? f.lineage : id,
      kind: oneOf(STEP_KINDS, f.kind) ?? 'task',
      label: text(f.label, LIMITS.labelChars),
      systemIds: Array.isArray(f.systemIds) ? f.systemIds.filter(isId) : [],
      records: Array.isArray(f.records) ? f.records.flatMap(readRecord) : [],
      position: { x: finite(at.x), y: finite(at.y) },
    }
    if (isId(f.roleId)) step.roleId = f.roleId
    put(step, 'touchMinutes', minutes(f.touchMinutes))
    put(step, 'waitMinutes', minutes(f.waitMinutes))
    put(step, 'value', oneOf(VALUE_CLASSES, f.value))
    put(step, 'notes', optionalText(f.notes, LIMITS.notesChars))
    return step
  },
}

function readRecord(r: unknown): StepRecord[] {
  if (typeof r !== 'object' || r === null) return []
  const x = r as Record<string, unknown>
  const entry = oneOf(['manual', 'automatic'] as const, x.entry)
  if (!isId(x.dataItemId) || !entry) return []
  const record: StepRecord = { dataItemId: x.dataItemId, entry }
  if (isId(x.systemId)) record.systemId = x.systemId
  return [record]
}

export const flowCodec: Codec<Flow> = {
  write: (fl) => defined({ lineage: fl.lineage === fl.id ? undefined : fl.lineage, from: fl.from, to: fl.to, label: fl.label }),
  read(id, f) {
    if (!isId(f.from) || !isId(f.to)) return null
    const flow: Flow = { id, lineage: isId(f.lineage) ? f.lineage : id, from: f.from, to: f.to }
    put(flow, 'label', optionalText(f.label, LIMITS.labelChars))
    return flow
  },
}
