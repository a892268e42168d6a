import 'fake-indexeddb/auto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseProjectText } from '../../src/domain/model'
import { seedExamples, type ExampleFile, type Repository } from '../../src/persistence'
import { readFixture } from '../helpers/fixtures'
import { openRepository } from './helpers'

const example = (name: string, fixture: string): ExampleFile => ({ name, read: async () => readFixture(fixture) })
const EXAMPLES = [example('lab-orders.flowstate.json', 'shell/import.three-states.flowstate.json'), example('tray-return.flowstate.json', 'schema/valid.small.flowstate.json')]

describe('example projects', () => {
  let repo: Repository
  afterEach(() => repo?.close())

  it('given a first start, then every example is stored, keeping its own dates', async () => {
    ;({ repo } = await openRepository())

    const { stored, problems } = await seedExamples(repo, EXAMPLES)

    expect(stored).toEqual(['lab-orders.flowstate.json', 'tray-return.flowstate.json'])
    expect(problems).toEqual([])
    const list = await repo.list()
    expect(list.map((p) => p.name)).toEqual(['Tray return (small)', 'Blood test orders (fixture)'])
    expect(list[1]!.updatedAt).toBe('2026-10-02T08:00:00.000Z')
  })

  it('given an example the user deleted, when the app starts again, then it does not come back', async () => {
    ;({ repo } = await openRepository())
    await seedExamples(repo, EXAMPLES)
    const lab = (await repo.list()).find((p) => p.name.startsWith('Blood test'))!

    await repo.remove(lab.id)
    const again = await seedExamples(repo, EXAMPLES)

    expect(again.stored).toEqual([])
    expect((await repo.list()).map((p) => p.name)).toEqual(['Tray return (small)'])
  })

  it('stores an example added in a later version once, next to the ones stored before', async () => {
    ;({ repo } = await openRepository())
    await seedExamples(repo, EXAMPLES.slice(0, 1))

    const later = await seedExamples(repo, EXAMPLES)

    expect(later.stored).toEqual(['tray-return.flowstate.json'])
    expect(await repo.list()).toHaveLength(2)
  })

  it('given two tabs starting at once, then each example is stored once', async () => {
    const { repo: first } = await openRepository({ name: 'seed-race' })
    const { repo: second } = await openRepository({ name: 'seed-race' })
    repo = first

    await Promise.all([seedExamples(first, EXAMPLES), seedExamples(second, EXAMPLES)])

    expect(await first.list()).toHaveLength(2)
    second.close()
  })

  it('reports a broken example instead of storing it', async () => {
    ;({ repo } = await openRepository())

    const { stored, problems } = await seedExamples(repo, [{ name: 'broken.flowstate.json', read: async () => '{"format":"flowstate"' }])

    expect(stored).toEqual([])
    expect(problems[0]).toMatch(/^broken\.flowstate\.json: file: not valid JSON/)
  })

  it('every shipped example in examples/ is a valid project', () => {
    const dir = join(process.cwd(), 'examples')
    const files = readdirSync(dir).filter((f) => f.endsWith('.flowstate.json'))
    for (const f of files) {
      const parsed = parseProjectText(readFileSync(join(dir, f), 'utf8'))
      expect(parsed.ok ? 'valid' : parsed.error, f).toBe('valid')
    }
  })
})
