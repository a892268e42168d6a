import { describe, expect, it } from 'vitest'
import type { Command } from '../../../src/domain/commands'
import type { Project } from '../../../src/domain/model'
import { coveredPart, fingerprintOf, stateSignOffs } from '../../../src/domain/review'
import { run, trayReturn } from './review'

const sign = (roleId: string, id = `so_${roleId}`): Command => ({ type: 'signOff.sign', id, stateId: 'st_fut', roleId, by: 'Dana', at: '2026-11-22T15:00:00.000Z', local: true })
const future = (p: Project) => stateSignOffs(p, p.states.find((s) => s.id === 'st_fut')!)
const spd = (p: Project) => future(p).roles.find((r) => r.roleId === 'r_spd')!

// The SPD technician signs off "Scan tray at receipt" → "Tray in washer" in the future state.
const signed = run(trayReturn(), sign('r_spd'))

describe('per-role sign-off', () => {
  it('given one role signed, then the header counts one signed and one outstanding', () => {
    const s = future(signed)
    expect([s.signed, s.stale, s.outstanding]).toEqual([1, 0, 1])
    expect(s.roles.map((r) => [r.role, r.status])).toEqual([
      ['OR nurse', 'outstanding'],
      ['SPD technician', 'signed'],
    ])
  })

  it('covers the role’s steps, their records and every flow into or out of them', () => {
    const part = signed.signOffs![0]!.covered
    expect(part.steps.map((s) => s.label)).toEqual(['Scan tray at receipt', 'Tray in washer'])
    expect(part.steps[0]!.records).toEqual([{ dataItemId: 'd_tray', systemId: 'sys_trace', entry: 'automatic' }])
    expect(part.flows.map((f) => f.id)).toEqual(['f_f8', 'f_f9'])
    expect(signed.signOffs![0]!.fingerprint).toBe(fingerprintOf(part))
  })

  const staleAfter: [string, Command[], string[]][] = [
    ['a label', [{ type: 'step.update', stateId: 'st_fut', stepId: 'f_scan', changes: { label: 'Scan tray and count' } }], ['“Scan tray at receipt”: label changed (now “Scan tray and count”)']],
    ['a role', [{ type: 'step.update', stateId: 'st_fut', stepId: 'f_scan', changes: { roleId: 'r_or' } }], ['“Scan tray at receipt” moved to OR nurse', 'flow “Send tray down the dirty lift” → “Scan tray at receipt” removed']],
    ['a flow', [{ type: 'flow.add', stateId: 'st_fut', flow: { id: 'f_new', lineage: 'lf_new', from: 'f_pack', to: 'f_scan' } }], ['flow “Pack used instruments” → “Scan tray at receipt” added']],
    ['a record', [{ type: 'step.update', stateId: 'st_fut', stepId: 'f_scan', changes: { records: [{ dataItemId: 'd_tray', systemId: 'sys_trace', entry: 'manual' }] } }], ['“Scan tray at receipt”: records changed']],
    ['a deleted step', [{ type: 'step.remove', stateId: 'st_fut', stepIds: ['f_scan'] }], ['“Scan tray at receipt” deleted', 'flow “Send tray down the dirty lift” → “Scan tray at receipt” removed', 'flow “Scan tray at receipt” → “Tray in washer” removed']],
  ]
  for (const [what, edits, changes] of staleAfter) {
    it(`given a signed role, when ${what} of its part changes, then the sign-off is stale and says what changed`, () => {
      const edited = run(signed, ...edits)
      expect(spd(edited)).toMatchObject({ status: 'stale', changes })
      expect([future(edited).signed, future(edited).stale]).toEqual([0, 1])
    })
  }

  it('a move on the canvas, another role’s edit or a reorder does not make it stale', () => {
    const edited = run(
      signed,
      { type: 'step.move', stateId: 'st_fut', moves: [{ stepId: 'f_scan', position: { x: 900, y: 10 } }] },
      { type: 'step.update', stateId: 'st_fut', stepId: 'f_pack', changes: { label: 'Pack and count instruments' } },
    )
    expect(spd(edited).status).toBe('signed')
  })

  it('signing again after a change makes it current; withdrawing makes the role outstanding', () => {
    const edited = run(signed, { type: 'step.update', stateId: 'st_fut', stepId: 'f_scan', changes: { label: 'Scan tray' } })
    expect(spd(run(edited, sign('r_spd', 'so_again'))).status).toBe('signed')
    expect(spd(run(signed, { type: 'signOff.withdraw', stateId: 'st_fut', roleId: 'r_spd' })).status).toBe('outstanding')
  })

  it('fingerprints the same part the same way whatever the order of its steps', () => {
    const st = signed.states.find((s) => s.id === 'st_fut')!
    const reversed = { ...st, steps: [...st.steps].reverse(), flows: [...st.flows].reverse() }
    expect(fingerprintOf(coveredPart(reversed, 'r_spd'))).toBe(fingerprintOf(coveredPart(st, 'r_spd')))
    expect(fingerprintOf(coveredPart(st, 'r_spd'))).not.toBe(fingerprintOf(coveredPart(st, 'r_or')))
  })
})
