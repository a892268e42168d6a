// The document writer: the store hook never waits on the database (no store storm, hocuspocus
// #1110), writes are coalesced to the newest state, and two processes' writes merge.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openSqlite } from '../../src/server/storage/sqlite'
import type { Basis, Storage } from '../../src/server/storage/types'
import { DocumentWriter } from '../../src/server/writer'
import { tempDir } from './process'

const quiet = { info: () => {}, problem: () => {} }
const stateWith = (steps: string[]): Uint8Array => {
  const doc = new Y.Doc()
  for (const s of steps) doc.getMap('steps').set(s, s)
  return Y.encodeStateAsUpdate(doc)
}
const stepsOf = (state: Uint8Array): string[] => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, state)
  return [...doc.getMap('steps').keys()].sort()
}

/** A storage whose writes take `ms` and can be told to fail. */
function slowStorage(ms: number) {
  const writes: Uint8Array[] = []
  let failing = false
  const storage: Pick<Storage, 'storeDocument'> = {
    async storeDocument(_room: string, state: Uint8Array, _basis: Basis) {
      await new Promise((r) => setTimeout(r, ms))
      if (failing) throw new Error('database gone')
      writes.push(state)
      return writes.length
    },
  }
  return { storage: storage as Storage, writes, fail: (on: boolean) => (failing = on) }
}

describe('DocumentWriter', () => {
  it('given a write that takes 300 ms, when 50 newer states arrive meanwhile, then it writes twice, the newest last', async () => {
    const { storage, writes } = slowStorage(300)
    const writer = new DocumentWriter(storage, quiet)
    for (let i = 0; i < 51; i++) writer.schedule('p_1', stateWith([`s_${i}`]))
    // Handing a state over never waits on the database: all 51 are handed over before the first write ends.
    expect(writes.length).toBe(0)
    await writer.settled('p_1')
    expect(writes.length).toBe(2)
    expect(stepsOf(writes[1]!)).toEqual(['s_50'])
  })

  it('given a failing database, keeps the newest state and writes it once the database is back', async () => {
    const { storage, writes, fail } = slowStorage(5)
    const problems: string[] = []
    const writer = new DocumentWriter(storage, { info: () => {}, problem: (m) => problems.push(m) })
    fail(true)
    writer.schedule('p_1', stateWith(['s_1']))
    await writer.settled('p_1')
    expect(await writer.flush()).toEqual(['p_1'])
    expect(problems[0]).toMatch(/could not store room p_1 \(database gone\); trying again/)
    fail(false)
    expect(await writer.flush()).toEqual([])
    expect(stepsOf(writes.at(-1)!)).toEqual(['s_1'])
  })

  it('given two processes writing one room to one SQLite file, then what is stored holds both', async () => {
    const dir = tempDir()
    const one = openSqlite(dir.path)
    const two = openSqlite(dir.path)
    try {
      const a = new DocumentWriter(one, quiet)
      const b = new DocumentWriter(two, quiet)
      a.loaded('p_1', null)
      b.loaded('p_1', null)
      a.schedule('p_1', stateWith(['from_a']))
      await a.settled('p_1')
      b.schedule('p_1', stateWith(['from_b']))
      await b.settled('p_1')
      a.schedule('p_1', stateWith(['from_a', 'from_a_2']))
      await a.settled('p_1')
      expect(stepsOf((await one.loadDocument('p_1'))!.state)).toEqual(['from_a', 'from_a_2', 'from_b'])
    } finally {
      await one.close()
      await two.close()
      dir.remove()
    }
  })
})
