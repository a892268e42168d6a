// flowstate observe, run as a real process on a small hand-made log of three weeks: the current
// way, then the transition after its go-live, then the future way (and one cycle still writing
// the paper log) after the future's go-live. Case ids in the file are patient-like; they must
// not come out.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectOneLineError, flowstate } from './run'

const PROJECT = join(process.cwd(), 'tests/fixtures/observe/observe.mapped.flowstate.json')
const LOG = join(process.cwd(), 'tests/fixtures/observe/observe.small.events.csv')
const ORIGINALS = /MRN-|Smith|Patient|Ann Example|Bob Example|Carol Example/

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowstate-observe-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('flowstate observe', () => {
  it('prints the adoption curve, the reverting step after go-live and the bad row, and says what it guessed', () => {
    const run = flowstate(['observe', PROJECT, '--log', LOG, '--zone', 'Europe/Berlin'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Measured against "Future: scanner only"; go-live 2026-03-16 (set in the project)')
    expect(run.stdout).toMatch(/2026-03-09 +4 +0 % +100 % +0 % +Transition: scanner beside paper goes live/)
    expect(run.stdout).toContain('Reverting: "Write paper log" still done, a step only Transition: scanner beside paper has: 1 case after go-live')
    expect(run.stdout).toContain('1 row left out: line 6: no timestamp')
    expect(run.stderr).toContain('columns case="Case", activity="Activity", end="Timestamp", resource="Staff", department="Department"; times iso')
    expect(run.stdout + run.stderr).not.toMatch(ORIGINALS)
  })

  it('gives the whole result as JSON: fitness per state, the weeks, the segments', () => {
    const run = flowstate(['observe', PROJECT, '--log', LOG, '--zone', 'Europe/Berlin', '--json'])
    expect(run.status).toBe(0)
    const o = JSON.parse(run.stdout)
    expect(o.states.map((s: { looksLike: number }) => s.looksLike)).toEqual([4, 4, 5])
    expect(o.adoption.weeks.map((w: { week: string; byState: number[] }) => [w.week, w.byState])).toEqual([
      ['2026-03-02', [4, 0, 0]],
      ['2026-03-09', [0, 4, 0]],
      ['2026-03-16', [0, 0, 5]],
    ])
    expect(o.segments.after.cases).toBe(5)
    expect(o.segments.after.fittingCases).toBe(3)
    expect(o.log.badRows).toEqual([{ line: 6, reason: 'no timestamp' }])
    expect(run.stdout).not.toMatch(ORIGINALS)
  })

  it('splits at the go-live given, and writes each case\'s deviations as CSV with formulas neutralised and no original id', () => {
    const out = join(dir, 'deviations.csv')
    const run = flowstate(['observe', PROJECT, '--log', LOG, '--zone', 'Europe/Berlin', '--go-live', '2026-03-09', '--deviations', out, '--json'])
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).segments.after.cases).toBe(9)
    const csv = readFileSync(out, 'utf8')
    const lines = csv.trimEnd().split('\r\n')
    expect(lines).toHaveLength(1 + 13)
    expect(lines[0]).toBe('\uFEFFCase,Started,Finished,Department,Events,Looks like,Fitness,Fits,After go-live,Deviations,Reverting,Skipped,Out of order,Rework,Not in this state')
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""Day surgery"")"`)
    expect(csv).not.toMatch(ORIGINALS)
    expect(lines.at(-1)).toMatch(/^C-[0-9a-f]{16},2026-03-20 09:00,2026-03-20 09:30,Day surgery,3,Future: scanner only,0.8571,no,yes,"skipped ""Scan tray""",0,1,0,0,0$/)
  })

  it('keeps the same pseudonyms with the same key file, and the originals with --keep-ids', () => {
    const key = join(dir, 'key.txt')
    const pseudonymsOf = (args: string[]) => {
      const out = join(dir, `d${Math.random()}.csv`)
      expect(flowstate(['observe', PROJECT, '--log', LOG, '--deviations', out, ...args]).status).toBe(0)
      return readFileSync(out, 'utf8').split('\r\n').slice(1, -1).map((l) => l.split(',')[0])
    }
    const first = pseudonymsOf(['--key', key])
    expect(pseudonymsOf(['--key', key])).toEqual(first)
    expect(pseudonymsOf([])).not.toEqual(first)
    expect(pseudonymsOf(['--keep-ids'])[0]).toBe('"MRN-100231 Smith')
  })

  it('reads XES, refusing a DOCTYPE in one line', () => {
    const xes = join(dir, 'log.xes')
    writeFileSync(xes, '<?xml version="1.0"?><!DOCTYPE log [<!ENTITY x "y">]><log/>')
    expect(expectOneLineError(flowstate(['observe', PROJECT, '--log', xes]))).toBe(`${xes}: refused: the file declares a DOCTYPE (entity declarations are never read, for safety)`)
  })

  it('refuses bad input in one line: no log, a missing file, a bad zone, a bad day, an unknown column', () => {
    expect(expectOneLineError(flowstate(['observe', PROJECT]))).toBe('observe needs --log FILE (.csv or .xes, optionally .gz)')
    expect(expectOneLineError(flowstate(['observe', PROJECT, '--log', join(dir, 'nope.csv')]))).toBe(`${join(dir, 'nope.csv')}: no such file`)
    expect(expectOneLineError(flowstate(['observe', PROJECT, '--log', LOG, '--zone', 'Mars/Olympus']))).toContain('--zone "Mars/Olympus" is not a time zone')
    expect(expectOneLineError(flowstate(['observe', PROJECT, '--log', LOG, '--go-live', '2026-02-30']))).toBe('--go-live "2026-02-30" is not a day (YYYY-MM-DD)')
    expect(expectOneLineError(flowstate(['observe', PROJECT, '--log', LOG, '--columns', 'case=Cycle']))).toContain('--columns: no column "Cycle"')
  })
})
