import { describe, expect, it } from 'vitest'
import { parseProject, parseProjectText, serializeProject } from '../../src/domain/model'
import { loadProject, readFixture } from '../helpers/fixtures'

const valid = () => JSON.parse(readFixture('schema/valid.small.flowstate.json'))
const errorOf = (doc: unknown) => {
  const r = parseProject(doc)
  expect(r.ok).toBe(false)
  return r.ok ? '' : r.error
}

describe('the .flowstate.json schema', () => {
  it('given a good file, when parsed, then it returns the project unchanged', () => {
    const r = parseProjectText(readFixture('schema/valid.small.flowstate.json'))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.project.states[0]!.steps).toHaveLength(4)
    expect(r.migrated).toEqual([])
    expect(JSON.parse(serializeProject(r.project))).toEqual(valid())
  })

  it('names the first bad field by path when a step points at a missing role', () => {
    const doc = valid()
    doc.states[0].steps[3].roleId = 'r9'
    expect(errorOf(doc)).toBe('states[0].steps[3].roleId: no role "r9"')
  })

  it('refuses a step kind it does not know', () => {
    const doc = valid()
    doc.states[0].steps[1].kind = 'meeting'
    expect(errorOf(doc)).toMatch(/^states\[0\]\.steps\[1\]\.kind: must be one of "start", .* not "meeting"$/)
  })

  it('refuses missing and mistyped fields with their path', () => {
    const doc = valid()
    delete doc.states[0].steps[0].label
    expect(errorOf(doc)).toMatch(/^states\[0\]\.steps\[0\]\.label: /)
    const doc2 = valid()
    doc2.states[0].steps[2].touchMinutes = -4
    expect(errorOf(doc2)).toBe('states[0].steps[2].touchMinutes: must be 0 or more minutes')
  })

  it('checks that flows join steps of their own state', () => {
    const doc = valid()
    doc.states[0].flows[1].to = 's_elsewhere'
    expect(errorOf(doc)).toBe('states[0].flows[1].to: no step "s_elsewhere" in this state')
  })

  it('checks systems, data items and lanes that steps refer to', () => {
    const a = valid()
    a.states[0].steps[1].systemIds = ['sys_nope']
    expect(errorOf(a)).toBe('states[0].steps[1].systemIds[0]: no system "sys_nope"')
    const b = valid()
    b.states[0].steps[1].records[0].dataItemId = 'd_nope'
    expect(errorOf(b)).toBe('states[0].steps[1].records[0].dataItemId: no data item "d_nope"')
    const c = valid()
    c.states[0].lanes = ['r_or']
    expect(errorOf(c)).toBe('states[0].steps[2].roleId: role "r_spd" has no lane in this state')
  })

  it('refuses an id used twice', () => {
    const doc = valid()
    doc.states[0].steps[2].id = 's_pack'
    expect(errorOf(doc)).toBe('states[0].steps[2].id: id "s_pack" is already used by states[0].steps[1].id')
  })

  it('refuses labels over 2,000 characters, saying how long they are', () => {
    const doc = valid()
    doc.states[0].steps[1].label = 'x'.repeat(2001)
    expect(errorOf(doc)).toBe('states[0].steps[1].label: label is longer than 2,000 characters (2,001)')
  })

  it('refuses a state of more than 50,000 steps', () => {
    const doc = valid()
    const template = doc.states[0].steps[1]
    doc.states[0].steps = Array.from({ length: 50_001 }, (_, i) => ({ ...template, id: `s${i}`, lineage: `s${i}` }))
    doc.states[0].flows = []
    expect(errorOf(doc)).toBe('states[0].steps: has 50,001 steps; a state holds at most 50,000')
  })

  it('refuses a file over 256 MB before parsing it, saying what a project may hold', () => {
    const r = parseProjectText(' '.repeat(257 * 1024 * 1024))
    expect(r.ok ? '' : r.error).toBe(
      'file: 257.0 MB is more than a project file can be (256.0 MB); a project holds at most 50,000 steps and 200,000 flows per state, 200,000 steps and 800,000 flows in all',
    )
  })

  it('says when a file is not JSON or not a flowstate project', () => {
    const r = parseProjectText('{"format": "flowstate", ')
    expect(r.ok ? '' : r.error).toMatch(/^file: not valid JSON/)
    expect(errorOf({ format: 'bpmn' })).toBe('format: not a flowstate project (format is "bpmn", expected "flowstate")')
    expect(errorOf([1, 2])).toBe('file: not a flowstate project (expected a JSON object)')
  })

  it('refuses a file from a newer flowstate and tells the user to update', () => {
    const doc = valid()
    doc.version = 7
    expect(errorOf(doc)).toMatch(/^version: this file has format version 7, made by a newer flowstate.*Update flowstate/)
  })

  it('never lets __proto__, constructor or prototype keys reach an object', () => {
    const text = readFixture('schema/valid.small.flowstate.json').replace(
      '"name": "Tray return (small)",',
      '"name": "Tray return (small)", "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } },',
    )
    const r = parseProjectText(text)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(Object.getPrototypeOf(r.project)).toBe(Object.prototype)
    expect(Object.hasOwn(r.project, '__proto__')).toBe(false)
    expect(Object.hasOwn(r.project, 'constructor')).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reads a file that starts with a byte order mark', () => {
    expect(parseProjectText('\ufeff' + readFixture('schema/valid.small.flowstate.json')).ok).toBe(true)
  })

  it('keeps a loaded fixture usable by the helpers', () => {
    expect(loadProject().roles.map((r) => r.name)).toEqual(['OR nurse', 'SPD technician'])
  })
})
