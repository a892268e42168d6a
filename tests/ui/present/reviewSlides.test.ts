import { describe, expect, it } from 'vitest'
import { diffStates } from '../../../src/domain/diff'
import { reviewPainPoints } from '../../../src/domain/review'
import { buildSlides, counterText, type PainSlide } from '../../../src/ui/present/slides'
import { painPoint, run, trayReturn } from '../../domain/review/review'

const p = run(
  trayReturn(),
  { type: 'comment.add', comment: painPoint('pp_log', 'st_cur', 'l_log', { type: 'duplicate-entry', severity: 'high' }) },
  { type: 'comment.add', comment: painPoint('pp_end', 'st_cur', 'l_end', { type: 'waiting', severity: 'high' }, { text: 'Washer queue at shift change' }) },
)
const before = p.states.find((s) => s.id === 'st_cur')!
const after = p.states.find((s) => s.id === 'st_fut')!
const diff = diffStates(p, before, after)

describe('the review in presentation mode', () => {
  it('ends with a slide of the pain points the after state leaves unchanged, their steps ringed in both panes', () => {
    const slides = buildSlides(diff, before, after, { painPoints: reviewPainPoints(p, before, after, diff), signOffs: null })
    const last = slides.at(-1) as PainSlide
    expect(last.kind).toBe('pains')
    expect(last.items.map((i) => [i.on, i.text, i.severity])).toEqual([['Tray in washer', 'Washer queue at shift change', 'high']])
    expect(last.before.spot).toEqual(['c_end'])
    expect(last.after.spot).toEqual(['f_end'])
    expect(counterText(slides, slides.length - 1)).toBe('1 pain point not addressed')
  })

  it('says on the overview which roles have not signed off, or signed before later changes', () => {
    const slides = buildSlides(diff, before, after, { painPoints: [], signOffs: { outstanding: ['OR nurse'], stale: ['SPD technician'] } })
    expect(slides[0]).toMatchObject({ kind: 'summary', signOffs: { outstanding: ['OR nurse'], stale: ['SPD technician'] } })
    expect(slides.some((s) => s.kind === 'pains')).toBe(false)
  })
})
