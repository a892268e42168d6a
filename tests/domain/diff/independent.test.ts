import { describe, expect, it } from 'vitest'
import { diff, diffFixture, ids, labels } from './helpers'

// Two files drawn independently (two BPMN exports): ids are regenerated, "Task_1" is a different
// step in each, and catalogues are matched by normalized name (rules 1 and 5, last sentences).
const toolA = diffFixture('independent.tool-a')
const toolB = diffFixture('independent.tool-b')
const compare = (matchBy?: 'label' | 'lineage') =>
  diff({ project: toolA, state: toolA.states[0]! }, { project: toolB, state: toolB.states[0]! }, matchBy ? { matchBy } : {})

describe('two independently drawn files', () => {
  it('matches steps by label, ignoring ids that mean nothing across files', () => {
    const r = compare('label')
    expect(r.matches.map((m) => [m.before, m.after, m.by])).toEqual([
      ['StartEvent_1', 'StartEvent_1', 'label'],
      ['Task_1', 'Task_2', 'label'],
      ['Task_2', 'Task_1', 'label'],
      ['EndEvent_1', 'EndEvent_1', 'label'],
    ])
    expect(labels(r.steps.added)).toEqual(['Carry tray to SPD'])
    expect(r.steps.removed).toEqual([])
  })

  it('matches roles, systems and data items by name: "OR Nurse" is "or nurse"', () => {
    const r = compare('label')
    // no reassignment and no changed records, although every catalogue id differs
    expect(r.steps.changed).toEqual([])
    expect(r.duplicates.persisting.map((d) => [d.diffId, d.item])).toEqual([['duplicate-persisting:trayid', 'Tray-ID']])
    expect(r.metrics.before.roles).toBe(2)
    expect(r.metrics.after.roles).toBe(3)
  })

  it('reports the new porter handoffs and who must adapt, by role name', () => {
    const r = compare('label')
    expect(r.handoffs.added.map((h) => `${h.from.role} → ${h.to.role}`)).toEqual(['or nurse → Porter', 'Porter → SPD tech'])
    expect(r.handoffs.removed.map((h) => `${h.from.role} → ${h.to.role}`)).toEqual(['OR Nurse → SPD Tech'])
    expect(r.roles.map((x) => x.role)).toEqual(['or nurse', 'Porter', 'SPD tech'])
    expect(ids(r.roles[1]!.stepsAdded)).toEqual(['Task_3'])
  })

  it('matches catalogues by name even when matching steps by lineage', () => {
    // lineage pairs Task_1 with Task_1 (wrongly, for such files): the role comparison is still by name
    const r = compare()
    const task1 = r.steps.changed.find((c) => c.before.id === 'Task_1')!
    expect(task1.fields).toEqual(['label', 'role'])
    expect(task1.reassigned).toEqual({ from: 'OR Nurse', to: 'SPD tech' })
  })
})

describe('a file with two roles whose names differ only in punctuation', () => {
  it('given the MIWG reference model (pool "Team-Assistant", lane "Team Assistant"), when diffed by label against itself, then they stay two roles and every handoff between them counts', async () => {
    const { readFileSync } = await import('node:fs')
    const { importBpmn } = await import('../../../src/io/bpmn')
    const read = (id: string) => {
      const r = importBpmn(readFileSync('tests/fixtures/corpus/bpmn-miwg/Reference/C.1.0.bpmn', 'utf8'))
      if (!r.ok) throw new Error(r.error)
      return { project: { id, ...r.added }, state: r.state }
    }
    const [before, after] = [read('a'), read('b')]
    const byLabel = diff(before, after, { matchBy: 'label' })
    const sameProject = diff(before, { project: before.project, state: before.state })
    expect(before.project.roles.map((r) => r.name)).toEqual(expect.arrayContaining(['Team-Assistant', 'Team Assistant']))
    expect(byLabel.metrics.before.roles).toBe(sameProject.metrics.before.roles)
    expect(byLabel.summary.handoffsBefore).toBe(sameProject.summary.handoffsBefore)
    expect(byLabel.summary.handoffsBefore).toBe(9)
    expect(byLabel.steps.added).toEqual([])
    expect(byLabel.steps.changed).toEqual([])
  })
})
