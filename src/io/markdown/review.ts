// The review sections of the change report: what the target state does to each pain point of
// the starting state, and which roles have signed off each go-live's state.
import type { PainPointRecord } from '../../domain/review'
import { outcomeWords, PAIN_TYPE_WORDS } from '../../domain/review'
import type { Plan } from '../../domain/plan'
import { mdCell, mdText } from './escape'

export function painPointsSection(plan: Plan): string[] {
  const points = plan.review.painPoints
  const out = ['## Pain points', '']
  if (points.length === 0) return [...out, `No pain point was raised in ${mdText(plan.from.name)}.`, '']
  const n = (status: PainPointRecord['status']) => points.filter((p) => p.status === status).length
  out.push(
    `${points.length} pain ${points.length === 1 ? 'point' : 'points'}, as ${mdText(plan.to.name)} treats them: ` +
      `${n('addressed')} addressed, ${n('not addressed')} not addressed, ${n('resolved')} resolved.`,
    '',
    `| Pain point | On | Type | Severity | Raised by | In ${mdCell(plan.to.name)} | Status |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
  )
  for (const p of points) {
    const status = p.status === 'resolved' && p.resolved ? `resolved by ${p.resolved.by}: ${p.resolved.why}` : p.status
    out.push(`| ${mdCell(p.text)} | ${mdCell(p.on)} | ${PAIN_TYPE_WORDS[p.type]} | ${p.severity} | ${mdCell(p.raisedBy ?? p.author)} | ${mdCell(outcomeWords(p, plan.to.name))} | ${mdCell(status)} |`)
  }
  return [...out, '']
}

export function signOffSection(plan: Plan): string[] {
  const out = ['## Sign-off', '']
  for (const s of plan.review.signOffs) {
    out.push(`### ${mdText(s.state)}`, '', `${s.signed} signed, ${s.stale} stale, ${s.outstanding} outstanding.`, '')
    if (s.roles.length === 0) {
      out.push('No role has a lane in this state.', '')
      continue
    }
    out.push('| Role | Status | Signed by | When | Comment |', '| --- | --- | --- | --- | --- |')
    for (const r of s.roles) {
      const status = r.status === 'stale' ? `stale: signed before ${r.changes.length} ${r.changes.length === 1 ? 'change' : 'changes'}` : r.status
      const by = r.by ? `${r.by}${r.local ? ' (local)' : ''}` : ''
      out.push(`| ${mdCell(r.role)} | ${status} | ${mdCell(by)} | ${r.at ? r.at.slice(0, 10) : ''} | ${mdCell(r.comment ?? '')} |`)
    }
    out.push('')
    for (const r of s.roles.filter((x) => x.status === 'stale')) {
      out.push(`Changed since ${mdText(r.role)} signed:`, '')
      for (const c of r.changes) out.push(`- ${mdText(c)}`)
      out.push('')
    }
  }
  return out
}
