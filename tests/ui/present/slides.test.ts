import { describe, expect, it } from 'vitest'
import { diffStates } from '../../../src/domain/diff'
import { buildSlides, counterText, type ChangeSlide, type Slide } from '../../../src/ui/present/slides'
import { trayReturn } from '../compare/helpers'

/** The tray return presented current → future, as presentation mode builds it. */
function presented(): Slide[] {
  const project = trayReturn()
  const [before, after] = [project.states.find((s) => s.id === 'st_cur')!, project.states.find((s) => s.id === 'st_fut')!]
  return buildSlides(diffStates(project, 'st_cur', 'st_fut'), before, after)
}
const change = (slides: Slide[], title: RegExp) => slides.find((s): s is ChangeSlide => s.kind === 'change' && title.test(s.title))!

describe('the slides of a presentation', () => {
  it('given the tray return, then the overview comes first and every item of the change list follows, in its order and words', () => {
    const slides = presented()
    expect(slides[0]!.kind).toBe('summary')
    const items = slides.slice(1).map((s) => (s.kind === 'change' ? `${s.tag}: ${s.title}${s.detail ? `, ${s.detail}` : ''}` : s.kind))
    expect(items).toEqual([
      'Added: Scan tray at receipt, SPD technician',
      'Removed: Tray waits at dock, Porter',
      'Removed: Write tray in paper log, SPD technician',
      'Changed: Pack used instruments, changed documentation',
      'Reassigned: Carry tray to SPD → Send tray down the dirty lift, Porter → OR nurse · changed label, role, touch time',
      'New handoff: OR nurse → SPD technician, Send tray down the dirty lift → Scan tray at receipt',
      'Handoff gone: OR nurse → Porter, Pack used instruments → Carry tray to SPD',
      'Handoff gone: Porter → SPD technician, Tray waits at dock → Write tray in paper log',
      'Resolved: Tray ID, by hand 2× in Paper log',
    ])
  })

  it('given the overview, then it counts steps, reassignments, handoffs and duplicate documentation, and names every role that must adapt', () => {
    const [summary] = presented()
    if (summary?.kind !== 'summary') throw new Error('no overview')
    expect(summary.figures.map((f) => `${f.value} ${f.label}`)).toEqual([
      '1 step added',
      '2 steps removed',
      '2 steps changed',
      '1 step reassigned',
      '2 → 1 handoffs (1 gained, 2 lost)',
      '1 → 0 documented twice',
      '49 min → 8 min lead time',
    ])
    expect(summary.adapt.map((r) => r.name)).toEqual(['OR nurse', 'Porter', 'SPD technician'])
  })

  it('given an added step, then the after pane rings it with its neighbours, and the before pane frames where it would be and says it is not there', () => {
    const added = change(presented(), /^Scan tray at receipt$/)
    expect(added.after.spot).toEqual(['f_scan'])
    expect(new Set(added.after.frame)).toEqual(new Set(['f_scan', 'f_carry', 'f_end']))
    expect(added.before).toEqual({ spot: [], flows: [], frame: ['c_carry', 'c_end'], note: 'Not in this state' })
    expect(added.adapt).toEqual([{ name: 'SPD technician', roleId: 'r_spd' }])
  })

  it('given a removed step, then the before pane rings it and the after pane rings its ghost, framed by the steps still there beside it', () => {
    const removed = change(presented(), /^Tray waits at dock$/)
    expect(removed.before.spot).toEqual(['c_wait'])
    expect(removed.after.spot).toEqual(['ghost:c_wait'])
    expect(new Set(removed.after.frame)).toEqual(new Set(['ghost:c_wait', 'f_carry']))
    expect(removed.after.note).toBe('Gone: shown faintly where it was')
  })

  it('given a reassignment, then both sides are ringed and both roles must adapt', () => {
    const moved = change(presented(), /^Carry tray to SPD/)
    expect(moved.before.spot).toEqual(['c_carry'])
    expect(moved.after.spot).toEqual(['f_carry'])
    expect(moved.adapt.map((r) => r.name)).toEqual(['Porter', 'OR nurse'])
  })

  it('given a new handoff, then its flow is ringed on the after side and its steps on each side where they exist', () => {
    const slides = presented()
    const handoff = slides.find((s): s is ChangeSlide => s.kind === 'change' && s.tag === 'New handoff')!
    expect(handoff.after).toMatchObject({ spot: ['f_carry', 'f_scan'], flows: ['f_f8'] })
    expect(handoff.before).toMatchObject({ spot: ['c_carry'], flows: [] })
    expect(handoff.adapt.map((r) => r.name)).toEqual(['OR nurse', 'SPD technician'])
  })

  it('given the slides, then the counter counts the changes and names the overview', () => {
    const slides = presented()
    expect(counterText(slides, 0)).toBe('Overview · 9 changes')
    expect(counterText(slides, 1)).toBe('1 of 9')
    expect(counterText(slides, 9)).toBe('9 of 9')
  })
})
