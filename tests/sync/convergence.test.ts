import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseProject } from '../../src/domain/model'
import { loadProject } from '../helpers/fixtures'
import { projectOf, replicas, type Replica } from './helpers'
import { actionFor } from './randomCommands'

/** One step of a workshop: someone edits, or an update reaches someone, in any order. */
type Move = { edit: [who: number, kind: number, n: number] } | { deliver: [from: number, to: number, pick: number] }

const move: fc.Arbitrary<Move> = fc.oneof(
  fc.record({ edit: fc.tuple(fc.nat(2), fc.nat(), fc.nat()) }),
  fc.record({ deliver: fc.tuple(fc.nat(2), fc.nat(2), fc.nat()) }),
)

/** Updates each replica made, queued per receiver, delivered in any order (Yjs keeps what arrives early). */
function network(rs: Replica[]) {
  const queues = rs.map(() => rs.map(() => [] as Uint8Array[]))
  const collect = () => {
    rs.forEach((r, from) => {
      for (const u of r.outbox) rs.forEach((_, to) => to !== from && queues[from]![to]!.push(u))
      r.outbox.length = 0
    })
  }
  return {
    collect,
    deliverOne(from: number, to: number, pick: number) {
      collect()
      const q = queues[from]![to]!
      if (q.length === 0) return
      const [u] = q.splice(pick % q.length, 1)
      Y.applyUpdate(rs[to]!.shared.doc, u!, 'delivery')
    },
    deliverAll() {
      collect()
      queues.forEach((row) => row.forEach((q, to) => q.splice(0).forEach((u) => Y.applyUpdate(rs[to]!.shared.doc, u, 'delivery'))))
    },
  }
}
function assertValid(rs: Replica[], when: string) {
  for (const [i, r] of rs.entries()) {
    const parsed = parseProject(projectOf(r))
    expect(parsed.ok ? 'valid' : parsed.error, `replica ${i} ${when}`).toBe('valid')
  }
}

describe('three people editing one map, updates arriving in any order', () => {
  it('every replica stays valid at every step, and all converge', () => {
    let ids = 0
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 60 }), (moves) => {
        const rs = replicas(loadProject(), 3)
        const net = network(rs)
        for (const [i, m] of moves.entries()) {
          if ('edit' in m) {
            const [who, kind, n] = m.edit
            const r = rs[who]!
            const action = actionFor(projectOf(r), kind, n, `x${who}_${ids++}`)
            if (!action) continue
            if ('undo' in action) r.store.getState().undo()
            else if ('redo' in action) r.store.getState().redo()
            else r.store.getState().dispatch(action.command)
          } else net.deliverOne(...m.deliver)
          assertValid(rs, `after move ${i}`)
        }
        net.deliverAll()
        assertValid(rs, 'at the end')
        const [a, b, c] = rs.map(projectOf)
        expect(b).toEqual(a)
        expect(c).toEqual(a)
      }),
      { numRuns: 150 },
    )
  }, 120_000)
})
