import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS, migrate, type Migration } from '../../src/domain/migrations'
import { FORMAT_VERSION, parseProject, parseProjectText } from '../../src/domain/model'
import { fixturePath, readFixture } from '../helpers/fixtures'

const fixtures = readdirSync(fixturePath('migrations')).filter((f) => f.endsWith('.json'))

describe('format migrations', () => {
  it('are ordered: each starts where the previous ended and the last reaches the current version', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1)
      if (i > 0) expect(m.from).toBe(MIGRATIONS[i - 1]!.to)
    })
    expect(MIGRATIONS[MIGRATIONS.length - 1]!.to).toBe(FORMAT_VERSION)
    expect(new Set(MIGRATIONS.map((m) => m.id)).size).toBe(MIGRATIONS.length)
  })

  it('every migration is run by at least one stored fixture, and every fixture loads', () => {
    const called = new Set<string>()
    const spied: Migration[] = MIGRATIONS.map((m) => ({ ...m, up: (doc) => (called.add(m.id), m.up(doc)) }))
    for (const f of fixtures) {
      const raw = JSON.parse(readFixture(`migrations/${f}`))
      const migrated = migrate(raw, spied)
      expect(migrated.ok, f).toBe(true)
      if (migrated.ok) expect(parseProject(migrated.value).ok, f).toBe(true)
    }
    const unexercised = MIGRATIONS.map((m) => m.id).filter((id) => !called.has(id))
    expect(unexercised, 'migrations without a fixture in tests/fixtures/migrations').toEqual([])
  })

  it('lifts the pre-release shape: lanes, kinds, roles, positions, records and lineage', () => {
    const r = parseProjectText(readFixture('migrations/v0.prerelease.flowstate.json'))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.migrated).toEqual(['v0-prerelease-lanes-and-lineage', 'v1-review-comments-and-sign-offs', 'v2-activity-maps'])
    const state = r.project.states[0]!
    expect(state.lanes).toEqual(['r_ward', 'r_lab'])
    const draw = state.steps.find((s) => s.id === 'b')!
    expect(draw).toMatchObject({ kind: 'task', roleId: 'r_ward', lineage: 'b', position: { x: 180, y: 30 }, systemIds: ['sys_lis'] })
    expect(draw.records).toEqual([{ dataItemId: 'd_sample', systemId: 'sys_lis', entry: 'manual' }])
    expect(state.steps.find((s) => s.id === 'c')!.records[0]!.entry).toBe('automatic')
    expect(state.flows[0]!.lineage).toBe('e1')
    expect(r.project.updatedAt).toBe('2026-04-02T10:00:00.000Z')
  })

  it('reads a version 1 file as version 2 with no comments or sign-offs, and keeps its notes as notes', () => {
    const r = parseProjectText(readFixture('migrations/v1.before-review.flowstate.json'))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.migrated).toEqual(['v1-review-comments-and-sign-offs', 'v2-activity-maps'])
    expect(r.project.version).toBe(FORMAT_VERSION)
    expect(r.project.comments).toBeUndefined()
    expect(r.project.signOffs).toBeUndefined()
    expect(r.project.states[0]!.steps[1]!.notes).toBe('Log is often left in the OR; nurses write the ID on tape instead.')
  })

  it('reads a version 2 file as version 3 with no activity maps', () => {
    const r = parseProjectText(readFixture('migrations/v2.before-activity-maps.flowstate.json'))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.migrated).toEqual(['v2-activity-maps'])
    expect(r.project.version).toBe(FORMAT_VERSION)
    expect(r.project.activityMaps).toBeUndefined()
    expect(r.project.states.map((s) => s.steps.length)).toEqual([6, 7, 7])
  })

  it('says which migration failed instead of throwing', () => {
    const broken: Migration = { id: 'broken', from: 0, to: 1, up: () => { throw new Error('bad lanes') } }
    expect(migrate({ format: 'flowstate', version: 0 }, [broken])).toEqual({ ok: false, error: 'version: migration "broken" could not read this file (bad lanes)' })
  })
})
