// Comments, pain points, sign-offs and event-log activity maps in the shared doc. A comment's replies are a keyed list, so
// two people answering one thread at once both keep their reply; a sign-off is read from the
// server's own map or from this project's local sign-offs, and says which (`local`).
import { LIMITS } from '../domain/model/limits'
import { PAIN_TYPES, SEVERITIES, type ActivityMap, type Comment, type CommentAnchor, type CoveredPart, type Reply, type SignOff } from '../domain/model/types'
import { defined, isId, KeyedList, keyedValues, oneOf, optionalText, put, text, type Codec, type Fields } from './codecs'

/** A reply's key: who wrote it when, and a hash of what, so the same reply is one entry everywhere. */
function replyKey(r: Reply): string {
  let h = 0x811c9dc5
  for (let i = 0; i < r.text.length; i++) h = Math.imul(h ^ r.text.charCodeAt(i), 0x01000193)
  return `${r.at}|${r.author}|${r.event ?? ''}|${(h >>> 0).toString(36)}`
}

function readAnchor(v: unknown): CommentAnchor | null {
  if (typeof v !== 'object' || v === null) return null
  const a = v as Record<string, unknown>
  if (!isId(a.stateId)) return null
  if ((a.kind === 'step' || a.kind === 'flow') && isId(a.lineage)) return { kind: a.kind, lineage: a.lineage, stateId: a.stateId }
  if (a.kind === 'lane' && isId(a.roleId)) return { kind: 'lane', roleId: a.roleId, stateId: a.stateId }
  if (a.kind === 'state') return { kind: 'state', stateId: a.stateId }
  return null
}

function readReply(f: Fields): Reply {
  const reply: Reply = { author: text(f.author, LIMITS.nameChars), at: text(f.at, 100), text: text(f.text, LIMITS.notesChars) }
  put(reply, 'event', oneOf(['resolved', 'reopened'] as const, f.event))
  return reply
}

export const commentCodec: Codec<Comment> = {
  write: (c) =>
    defined({
      anchor: c.anchor,
      author: c.author,
      roleId: c.roleId,
      createdAt: c.createdAt,
      text: c.text,
      resolved: c.resolved,
      pain: c.pain,
      replies: new KeyedList(c.replies.map((r) => [replyKey(r), { ...r }] as const)),
    }),
  read(id, f) {
    const anchor = readAnchor(f.anchor)
    if (!anchor) return null
    const comment: Comment = {
      id,
      anchor,
      author: text(f.author, LIMITS.nameChars),
      createdAt: text(f.createdAt, 100),
      text: text(f.text, LIMITS.notesChars),
      replies: keyedValues(f.replies).slice(0, LIMITS.repliesPerComment).map(readReply),
    }
    if (isId(f.roleId)) comment.roleId = f.roleId
    const r = f.resolved as Record<string, unknown> | undefined
    if (r && typeof r === 'object') comment.resolved = { by: text(r.by, LIMITS.nameChars), at: text(r.at, 100), why: text(r.why, LIMITS.notesChars) }
    const pain = f.pain as Record<string, unknown> | undefined
    const type = pain && oneOf(PAIN_TYPES, pain.type)
    const severity = pain && oneOf(SEVERITIES, pain.severity)
    if (type && severity) comment.pain = { type, severity }
    // Keep the key order of a file's comment, so a shared project exports as it was imported.
    return { id: comment.id, anchor, author: comment.author, ...(comment.roleId !== undefined ? { roleId: comment.roleId } : {}), createdAt: comment.createdAt, text: comment.text, ...(comment.resolved ? { resolved: comment.resolved } : {}), ...(comment.pain ? { pain: comment.pain } : {}), replies: comment.replies }
  },
}

function readCovered(v: unknown): CoveredPart {
  const c = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>
  const list = (x: unknown) => (Array.isArray(x) ? x.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null) : [])
  return {
    steps: list(c.steps)
      .filter((s) => isId(s.id) && isId(s.lineage))
      .map((s) => {
        const step: CoveredPart['steps'][number] = {
          id: s.id as string,
          lineage: s.lineage as string,
          label: text(s.label, LIMITS.labelChars),
          kind: text(s.kind, 50),
          systemIds: Array.isArray(s.systemIds) ? s.systemIds.filter(isId) : [],
          records: list(s.records)
            .filter((r) => isId(r.dataItemId))
            .map((r) => ({ dataItemId: r.dataItemId as string, ...(isId(r.systemId) ? { systemId: r.systemId } : {}), entry: text(r.entry, 50) })),
        }
        if (typeof s.touchMinutes === 'number' && Number.isFinite(s.touchMinutes)) step.touchMinutes = s.touchMinutes
        if (typeof s.waitMinutes === 'number' && Number.isFinite(s.waitMinutes)) step.waitMinutes = s.waitMinutes
        return step
      }),
    flows: list(c.flows)
      .filter((f) => isId(f.id) && isId(f.from) && isId(f.to))
      .map((f) => ({ id: f.id as string, from: f.from as string, to: f.to as string, ...(typeof f.label === 'string' ? { label: text(f.label, LIMITS.labelChars) } : {}) })),
  }
}

/** A sign-off's own fields; `local` is not stored: which map holds the record says it. */
export const signOffCodec: Codec<SignOff> = {
  write: (s) => defined({ stateId: s.stateId, roleId: s.roleId, by: s.by, at: s.at, comment: s.comment, fingerprint: s.fingerprint, covered: s.covered }),
  read(id, f) {
    if (!isId(f.stateId) || !isId(f.roleId)) return null
    const signOff: SignOff = { id, stateId: f.stateId, roleId: f.roleId, by: text(f.by, LIMITS.nameChars), at: text(f.at, 100), fingerprint: text(f.fingerprint, 200), covered: readCovered(f.covered), local: true }
    const comment = optionalText(f.comment, LIMITS.notesChars)
    if (comment !== undefined) signOff.comment = comment
    return { id, stateId: signOff.stateId, roleId: signOff.roleId, by: signOff.by, at: signOff.at, ...(comment !== undefined ? { comment } : {}), fingerprint: signOff.fingerprint, covered: signOff.covered, local: true }
  },
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A state's activity map: its links are a keyed list by activity, so two people confirming different activities both keep theirs. */
export const activityMapCodec: Codec<ActivityMap> = {
  write: (m) => defined({ stateId: m.stateId, goLive: m.goLive, activities: new KeyedList(m.activities.map((a) => [a.activity, { ...a }] as const)) }),
  read(id, f) {
    if (!isId(f.stateId)) return null
    const activities = keyedValues(f.activities)
      .filter((a) => typeof a.activity === 'string' && a.activity.trim() !== '' && (a.stepId === null || isId(a.stepId)))
      .slice(0, LIMITS.activitiesPerMap)
      .map((a) => ({ activity: text(a.activity, LIMITS.labelChars), stepId: a.stepId as string | null }))
      .filter((a, i, all) => all.findIndex((b) => b.activity === a.activity) === i)
    const goLive = typeof f.goLive === 'string' && DAY.test(f.goLive) && !Number.isNaN(Date.parse(`${f.goLive}T00:00:00Z`)) ? f.goLive : undefined
    return { id, stateId: f.stateId, ...(goLive !== undefined ? { goLive } : {}), activities }
  },
}
