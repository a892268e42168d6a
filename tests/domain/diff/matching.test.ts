import { describe, expect, it } from 'vitest'
import { SIMILARITY_THRESHOLD } from '../../../src/domain/diff'
import type { Step, WorkflowState } from '../../../src/domain/model'
import { diff, diffCurrentFuture, diffFixture, ids, matchOf, withFuture } from './helpers'

// Rule 1: lineage, then equal normalized label within a kind class, then label similarity;
// manual links and unlinks override all three.
const project = diffFixture('matching.rules')

describe('step matching', () => {
  it('matches the copies of a step by lineage first', () => {
    // given a future state derived from the current one, when diffed
    const r = diffCurrentFuture(project)
    // then the start and end keep their lineage pairing
    expect(matchOf(r, 'c_start')).toEqual({ before: 'c_start', after: 'f_start', by: 'lineage', score: 1 })
    expect(matchOf(r, 'c_end')).toEqual({ before: 'c_end', after: 'f_end', by: 'lineage', score: 1 })
  })

  it('lets lineage beat labels: a renamed step is the same step with a changed label', () => {
    // given "Scan tray" renamed to "Log load" in the derived state
    const r = diffCurrentFuture(project)
    // then it is one changed step, not one removed and one added
    expect(matchOf(r, 'c_scan')?.by).toBe('lineage')
    expect(r.steps.changed.find((c) => c.before.id === 'c_scan')?.fields).toEqual(['label'])
  })

  it('matches a redrawn step by its label, ignoring case, spacing, line endings and punctuation', () => {
    // given "Pack used instruments" redrawn as "PACK  used\r\ninstruments." with a new lineage
    const r = diffCurrentFuture(project)
    // then it matches by label, and the label counts as changed because more than whitespace differs
    expect(matchOf(r, 'c_pack')).toEqual({ before: 'c_pack', after: 'f_pack', by: 'label', score: 1 })
    expect(r.steps.changed.find((c) => c.before.id === 'c_pack')?.fields).toEqual(['label'])
  })

  it('folds accents, Unicode forms and word breaks when matching labels', () => {
    const p = withFuture(project, (f) => {
      f.steps.find((s) => s.id === 'f_pack')!.label = 'Pâck used-instruments'
      f.steps.find((s) => s.id === 'f_recv')!.label = 'Ｒｅｃｅｉｖｅ tray in decontamination' // full-width letters
    })
    const r = diffCurrentFuture(p)
    expect(matchOf(r, 'c_pack')?.by).toBe('label')
    expect(matchOf(r, 'c_recv')?.by).toBe('label')
  })

  it('matches a reworded step by label similarity and reports the score', () => {
    // given "Receive tray in decontamination" redrawn as "Receive trays at decontamination"
    const r = diffCurrentFuture(project)
    const m = matchOf(r, 'c_recv')!
    expect(m.after).toBe('f_recv')
    expect(m.by).toBe('similarity')
    expect(m.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD)
    expect(m.score).toBeLessThan(1)
  })

  it('never matches steps of different kind classes by label', () => {
    // given the task "Wash instruments" redrawn as the decision "Wash instruments?"
    const r = diffCurrentFuture(project)
    // then the task is removed and the decision added
    expect(matchOf(r, 'c_wash')).toBeUndefined()
    expect(ids(r.steps.removed)).toEqual(['c_wash'])
    expect(ids(r.steps.added)).toEqual(['f_wash'])
  })

  it('treats start, end and wait as one event class', () => {
    const p = withFuture(project, (f) => {
      const end = f.steps.find((s) => s.id === 'f_end')!
      end.kind = 'wait'
      end.lineage = 'l_other'
    })
    const r = diffCurrentFuture(p)
    expect(matchOf(r, 'c_end')).toMatchObject({ after: 'f_end', by: 'label' })
    expect(r.steps.changed.find((c) => c.before.id === 'c_end')?.fields).toEqual(['kind'])
  })

  describe('the similarity threshold', () => {
    // "Check tray" ~ "Check trays" scores 0.93; "Recieve tray" ~ "Receive tray" 0.667; "Check tray" ~ "Check load" 0.571.
    const relabel = (label: string) =>
      withFuture(project, (f) => {
        const s = f.steps.find((x) => x.id === 'f_scan')!
        s.lineage = 'l_scan_redrawn'
        s.label = label
      })
    const scan = (label: string, before = 'Scan tray') => {
      const p = relabel(label)
      p.states[0]!.steps.find((x) => x.id === 'c_scan')!.label = before
      return diffCurrentFuture(p)
    }

    it('matches a pair just above it (a typo)', () => {
      const r = scan('Recieve tray', 'Receive tray')
      expect(matchOf(r, 'c_scan')).toMatchObject({ after: 'f_scan', by: 'similarity', score: 0.667 })
    })

    it('keeps a pair just below it apart', () => {
      const r = scan('Check load', 'Check tray')
      expect(matchOf(r, 'c_scan')).toBeUndefined()
      expect(ids(r.steps.added)).toContain('f_scan')
      expect(ids(r.steps.removed)).toContain('c_scan')
    })
  })

  it('takes the best pair first', () => {
    // given two unmatched before steps that both resemble one after step
    const p = withFuture(project, (f) => {
      f.steps.find((x) => x.id === 'f_scan')!.lineage = 'l_scan_redrawn'
      f.steps.find((x) => x.id === 'f_scan')!.label = 'Scan trays'
    })
    p.states[0]!.steps.find((x) => x.id === 'c_scan')!.label = 'Scan tray'
    p.states[0]!.steps.find((x) => x.id === 'c_wash')!.label = 'Scan tray in washer'
    const r = diffCurrentFuture(p)
    // then the closer label wins the match
    expect(matchOf(r, 'c_scan')).toMatchObject({ after: 'f_scan', by: 'similarity' })
  })

  it('breaks ties by reading order, whatever the order of the file', () => {
    // given two equal-label steps on each side, the file order reversed on one side
    const p = withFuture(project, (f) => {
      for (const s of f.steps) s.lineage = `${s.lineage}_redrawn`
      f.steps.find((x) => x.id === 'f_scan')!.label = 'Scan tray'
      f.steps.find((x) => x.id === 'f_wash')!.label = 'Scan tray'
      f.steps.find((x) => x.id === 'f_wash')!.kind = 'task'
      f.steps.reverse()
    })
    p.states[0]!.steps.find((x) => x.id === 'c_wash')!.label = 'Scan tray'
    const r = diffCurrentFuture(p)
    // then the leftmost pairs with the leftmost
    expect(matchOf(r, 'c_scan')?.after).toBe('f_scan')
    expect(matchOf(r, 'c_wash')?.after).toBe('f_wash')
  })

  describe('manual overrides', () => {
    it('a link pairs two steps no rule would pair', () => {
      const r = diffCurrentFuture(project, { overrides: [{ kind: 'link', beforeStepId: 'c_wash', afterStepId: 'f_wash' }] })
      expect(matchOf(r, 'c_wash')).toEqual({ before: 'c_wash', after: 'f_wash', by: 'manual', score: 1 })
      expect(r.steps.changed.find((c) => c.before.id === 'c_wash')?.fields).toEqual(['label', 'kind'])
    })

    it('an unlink keeps apart steps that share a lineage', () => {
      const r = diffCurrentFuture(project, { overrides: [{ kind: 'unlink', beforeStepId: 'c_scan', afterStepId: 'f_scan' }] })
      expect(matchOf(r, 'c_scan')).toBeUndefined()
      expect(ids(r.steps.removed)).toContain('c_scan')
      expect(ids(r.steps.added)).toContain('f_scan')
    })

    it('a link takes a step from its lineage partner', () => {
      const r = diffCurrentFuture(project, { overrides: [{ kind: 'link', beforeStepId: 'c_scan', afterStepId: 'f_wash' }] })
      expect(matchOf(r, 'c_scan')).toMatchObject({ after: 'f_wash', by: 'manual' })
      expect(ids(r.steps.added)).toContain('f_scan')
    })

    it('the latest decision about a pair wins', () => {
      const r = diffCurrentFuture(project, {
        overrides: [
          { kind: 'unlink', beforeStepId: 'c_scan', afterStepId: 'f_scan' },
          { kind: 'link', beforeStepId: 'c_scan', afterStepId: 'f_scan' },
        ],
      })
      expect(matchOf(r, 'c_scan')).toMatchObject({ after: 'f_scan', by: 'manual' })
    })

    it('overrides stored in the project apply, also when the states are compared the other way round', () => {
      const p = structuredClone(project)
      p.matchOverrides = [{ id: 'mo_1', kind: 'link', beforeStepId: 'c_wash', afterStepId: 'f_wash' }]
      expect(matchOf(diffCurrentFuture(p), 'c_wash')?.by).toBe('manual')
      const back = diffCurrentFuture({ ...p, states: [p.states[1]!, p.states[0]!].map((s) => ({ ...s, id: s.id === 'st_cur' ? 'st_fut' : 'st_cur' })) })
      expect(matchOf(back, 'f_wash')).toMatchObject({ after: 'c_wash', by: 'manual' })
    })
  })

  it("matchBy 'label' ignores lineage", () => {
    // given the same fixture compared as two independent drawings
    const r = diffCurrentFuture(project, { matchBy: 'label' })
    // then the renamed "Scan tray" → "Log load" is no longer recognised
    expect(matchOf(r, 'c_scan')).toBeUndefined()
    expect(matchOf(r, 'c_start')?.by).toBe('label')
    expect(r.matches.every((m) => m.by !== 'lineage')).toBe(true)
  })
})

describe('similarity candidates in a large map', () => {
  it('finds the partner through a word shared by hundreds of steps', () => {
    // given 300 checks whose only shared word is "check", every label reworded (plural) in the after map
    const step = (i: number, label: string): Step => ({ id: `${label}_${i}`, lineage: `${label}_${i}`, kind: 'task', label, systemIds: [], records: [], position: { x: i * 100, y: 0 } })
    const state = (id: string, label: (i: number) => string): WorkflowState => ({
      id,
      name: id,
      phase: 'current',
      lanes: [],
      steps: Array.from({ length: 300 }, (_, i) => step(i, label(i))),
      flows: [],
    })
    const project = { id: 'p', roles: [], systems: [], dataItems: [] }
    const before = state('before', (i) => `Check w${i}x`)
    const after = state('after', (i) => `Check w${i}xs`)
    const r = diff({ project, state: before }, { project, state: after }, { matchBy: 'label' })
    // then each step pairs with its own rewording, not with a neighbour sharing "check"
    expect(r.matches).toHaveLength(300)
    expect(r.matches.every((m) => m.by === 'similarity' && m.before.split('_')[1] === m.after.split('_')[1])).toBe(true)
  })
})
