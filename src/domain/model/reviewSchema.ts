// The zod schema of comments, pain points and sign-offs (format version 2), and their references.
import { z } from 'zod'
import { LIMITS, thousands } from './limits'
import { id, oneOf, text } from './schemaParts'
import { PAIN_TYPES, SEVERITIES, type Project } from './types'

const name = text(LIMITS.nameChars, 'name')
const body = text(LIMITS.notesChars, 'text')

const anchor = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('step'), lineage: id, stateId: id }),
    z.object({ kind: z.literal('flow'), lineage: id, stateId: id }),
    z.object({ kind: z.literal('lane'), roleId: id, stateId: id }),
    z.object({ kind: z.literal('state'), stateId: id }),
  ],
  { error: 'kind must be one of "step", "flow", "lane", "state"' },
)

export const commentSchema = z.object({
  id,
  anchor,
  author: name,
  roleId: id.optional(),
  createdAt: z.string(),
  text: body,
  resolved: z.object({ by: name, at: z.string(), why: body }).optional(),
  pain: z.object({ type: oneOf(PAIN_TYPES), severity: oneOf(SEVERITIES) }).optional(),
  replies: z.array(z.object({ author: name, at: z.string(), text: body, event: oneOf(['resolved', 'reopened'] as const).optional() })).max(LIMITS.repliesPerComment, {
    error: `has more than ${thousands(LIMITS.repliesPerComment)} replies`,
  }),
})

const coveredStep = z.object({
  id,
  lineage: id,
  label: text(LIMITS.labelChars, 'label'),
  kind: z.string().max(50),
  systemIds: z.array(id),
  records: z.array(z.object({ dataItemId: id, systemId: id.optional(), entry: z.string().max(50) })),
  touchMinutes: z.number().finite().optional(),
  waitMinutes: z.number().finite().optional(),
})

export const signOffSchema = z.object({
  id,
  stateId: id,
  roleId: id,
  by: name,
  at: z.string(),
  comment: body.optional(),
  fingerprint: z.string().max(200),
  covered: z.object({
    steps: z.array(coveredStep),
    flows: z.array(z.object({ id, from: id, to: id, label: text(LIMITS.labelChars, 'label').optional() })),
  }),
  local: z.boolean(),
})

/**
 * Sign-offs must name a state and a role that exist: the commands that remove either remove its
 * sign-offs. Comment anchors may dangle (a step deleted from every state keeps its discussion);
 * `flowstate validate` warns about those instead (see review/anchors.ts).
 */
export function checkReviewIntegrity(p: Project, claim: (value: string, path: string) => string | null): string | null {
  const comments = p.comments ?? []
  for (let i = 0; i < comments.length; i++) {
    const problem = claim(comments[i]!.id, `comments[${i}].id`)
    if (problem) return problem
  }
  const states = new Set(p.states.map((s) => s.id))
  const roles = new Set(p.roles.map((r) => r.id))
  const signOffs = p.signOffs ?? []
  const seen = new Set<string>()
  for (let i = 0; i < signOffs.length; i++) {
    const s = signOffs[i]!
    const at = `signOffs[${i}]`
    const problem = claim(s.id, `${at}.id`)
    if (problem) return problem
    if (!states.has(s.stateId)) return `${at}.stateId: no state "${s.stateId}"`
    if (!roles.has(s.roleId)) return `${at}.roleId: no role "${s.roleId}"`
    const key = `${s.stateId}/${s.roleId}`
    if (seen.has(key)) return `${at}: role "${s.roleId}" already signed off state "${s.stateId}"`
    seen.add(key)
  }
  return null
}
