// The flowstate command as DESIGN "Command line" specifies it, run as a real process.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPORT_FORMATS } from '../../src/cli/formats'
import { parseProjectText } from '../../src/domain/model'
import { corpus, expectOneLineError, fixture, flowstate } from './run'

const BUNDLE = join(process.cwd(), 'dist-cli/flowstate.mjs')

const MIWG_REF = corpus('bpmn-miwg/Reference/C.1.0.bpmn')
const MIWG_BPMNIO = corpus('bpmn-miwg/bpmn.io (Camunda Modeler) 18.6.1/C.1.0-roundtrip.bpmn')
const MIWG_SIGNAVIO = corpus('bpmn-miwg/SAP Signavio Process Manager 19.9.0/C.1.0-roundtrip.bpmn')

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowstate-cli-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('flowstate --help', () => {
  it('lists the four commands and exits 0', () => {
    const run = flowstate(['--help'])
    expect(run.status).toBe(0)
    for (const c of ['flowstate diff', 'flowstate import', 'flowstate export', 'flowstate validate']) expect(run.stdout).toContain(c)
  })

  it('explains each command', () => {
    const run = flowstate(['diff', '--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('--match-by label')
  })

  it('shows the usage and exits 2 when no command is given', () => {
    const run = flowstate([])
    expect(run.status).toBe(2)
    expect(run.stdout).toContain('Usage:')
  })
})

describe('flowstate diff', () => {
  it('includes the before state’s pain points with their status in the JSON', () => {
    const run = flowstate(['diff', join(process.cwd(), 'tests/fixtures/cli/review.tray-return.flowstate.json'), '--from', 'current', '--to', 'future', '--json'])
    expect(run.status).toBe(0)
    const rows = JSON.parse(run.stdout).painPoints.map((p: { id: string; status: string; outcome: string; raisedBy: string }) => [p.id, p.outcome, p.status, p.raisedBy])
    expect(rows).toEqual([
      ['pp_log', 'removed', 'addressed', 'SPD technician'],
      ['pp_end', 'unchanged', 'not addressed', 'SPD technician'],
      ['pp_pack', 'changed', 'resolved', 'OR nurse'],
    ])
  })

  it('prints the diff result as JSON with the summary keys DESIGN names', () => {
    const run = flowstate(['diff', MIWG_REF, MIWG_BPMNIO, '--json'])
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(Object.keys(result.summary)).toEqual([
      'stepsAdded',
      'stepsRemoved',
      'stepsChanged',
      'flowsAdded',
      'flowsRemoved',
      'handoffsBefore',
      'handoffsAfter',
      'handoffsAdded',
      'handoffsRemoved',
      'duplicatesBefore',
      'duplicatesAfter',
      'duplicatesIntroduced',
      'duplicatesResolved',
    ])
    // 9 handoffs each: the pool "Team-Assistant" and the lane "Team Assistant" are two roles
    expect(result.summary).toMatchObject({ stepsAdded: 0, stepsRemoved: 0, stepsChanged: 1, handoffsBefore: 9, handoffsAfter: 9 })
    expect(result.steps.changed[0].before.label).toBe('Rechnung klären')
    expect(result.matches).toHaveLength(21)
    expect(result.matches[0]).toEqual({ before: expect.any(String), after: expect.any(String), by: 'lineage', score: 1 })
    for (const key of ['steps', 'handoffs', 'duplicates', 'metrics', 'roles']) expect(result).toHaveProperty(key)
    expect(result.metrics).toHaveProperty('before')
    expect(result.metrics).toHaveProperty('after')
    // what the import read differently goes to stderr, so stdout stays pure JSON
    expect(run.stderr.split('\n').filter(Boolean).every((l) => l.startsWith('warning: '))).toBe(true)
  })

  it('prints a short report without colour when stdout is not a terminal', () => {
    const run = flowstate(['diff', MIWG_REF, MIWG_BPMNIO])
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain('\u001b[')
    expect(run.stdout).toContain('Changed steps (1)')
    expect(run.stdout).toContain('"Rechnung klÃ¤ren" (Team Assistant): label was "Rechnung klären"')
    expect(run.stdout.split('\n').length).toBeLessThan(20)
  })

  it('names a step without a label by its kind in the report', () => {
    // given a pair where an end event without a name is added and an unnamed task gets the name "TASK"
    const added = flowstate(['diff', corpus('bpmn-js-differ/add/before.bpmn'), corpus('bpmn-js-differ/add/after.bpmn')])
    const named = flowstate(['diff', corpus('bpmn-js-differ/change/before.bpmn'), corpus('bpmn-js-differ/change/after.bpmn')])
    // then the report says which kind of step it is, as the plan does
    expect(added.status).toBe(0)
    expect(added.stdout).toContain('+ (unnamed end) (no role)')
    expect(named.stdout).toContain('~ "TASK" (no role): label was (unnamed task)')
    expect(added.stdout + named.stdout).not.toContain('(no label)')
  })

  it('matches by label for files whose ids mean nothing, and reports a tool round trip as unchanged', () => {
    const run = flowstate(['diff', MIWG_REF, MIWG_SIGNAVIO, '--match-by', 'label', '--json'])
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.summary.stepsAdded + result.summary.stepsRemoved + result.summary.stepsChanged).toBe(0)
    expect(result.matches.every((m: { by: string }) => m.by === 'label')).toBe(true)
    expect(flowstate(['diff', MIWG_REF, MIWG_SIGNAVIO, '--match-by=label']).stdout).toContain('No changes.')
  })

  it('compares two states of one project named by --from and --to', () => {
    const out = join(dir, 'sterilization.flowstate.json')
    expect(flowstate(['import', fixture('subprocess.collapsed.bpmn'), fixture('subprocess.expanded.bpmn'), '-o', out]).status).toBe(0)
    const named = flowstate(['diff', out, '--from', 'current', '--to', 'future', '--json'])
    expect(named.status).toBe(0)
    const byDefault = flowstate(['diff', out, '--json'])
    expect(JSON.parse(byDefault.stdout).summary).toEqual(JSON.parse(named.stdout).summary)
    expect(JSON.parse(named.stdout).before.name).toBe('Sterilization')
    expect(expectOneLineError(flowstate(['diff', out, '--from', 'Phase 9']))).toBe(
      `${out}: no state "Phase 9" (its states: "Sterilization" (current), "CT order" (future))`,
    )
  })

  describe('--from and --to that fit several states', () => {
    // a project whose two transition states are both called "after" and whose future state is "After"
    const project = join(process.cwd(), 'tests/fixtures/cli/pick.two-afters.flowstate.json')
    const summaryOf = (...args: string[]) => {
      const run = flowstate(['diff', project, ...args, '--json'])
      expect(run.status).toBe(0)
      const result = JSON.parse(run.stdout)
      return `${result.before.name} (${result.before.phase}) → ${result.after.name} (${result.after.phase})`
    }

    it('refuses a name two states share, listing their region names, in one line', () => {
      expect(expectOneLineError(flowstate(['diff', project, '--to', 'after']))).toBe(
        `${project}: --to "after" matches 2 states; name one by its region: "Transition state" ("after"), "Transition state 2" ("after")`,
      )
    })

    it('refuses a phase that has several states, for --from as for --to, and for export too', () => {
      const expected = (side: string, typed: string) => `${project}: --${side} "${typed}" matches 2 states; name one by its region: "Transition state" ("after"), "Transition state 2" ("after")`
      expect(expectOneLineError(flowstate(['diff', project, '--to', 'transition']))).toBe(expected('to', 'transition'))
      expect(expectOneLineError(flowstate(['diff', project, '--from', 'Transition']))).toBe(expected('from', 'Transition'))
      expect(expectOneLineError(flowstate(['export', project, '--format', 'md', '--to', 'transition']))).toBe(expected('to', 'transition'))
    })

    it('takes a region name, an exact name, an id or a phase with one state', () => {
      expect(summaryOf('--to', 'Transition state 2')).toBe('before (current) → after (transition)')
      expect(summaryOf('--from', 'transition state', '--to', 'future')).toBe('after (transition) → After (future)')
      expect(summaryOf('--to', 'After')).toBe('before (current) → After (future)')
      expect(summaryOf('--from', 'st_phase2', '--to', 'After')).toBe('after (transition) → After (future)')
      // a name that fits all three in case only, and none exactly, is refused
      expect(expectOneLineError(flowstate(['diff', project, '--to', 'AFTER']))).toMatch(/"AFTER" matches 3 states; .*"Future state" \("After"\)$/)
    })

    it('keeps its defaults when the options are absent: the first current and the last future state', () => {
      expect(summaryOf()).toBe('before (current) → After (future)')
    })
  })

  it('refuses bad input in one line with exit 2', () => {
    expect(expectOneLineError(flowstate(['diff', MIWG_REF]))).toMatch(/a \.bpmn file holds one state/)
    expect(expectOneLineError(flowstate(['diff', MIWG_REF, MIWG_REF, '--match-by', 'id']))).toBe('--match-by must be "lineage" or "label", not "id"')
    expect(expectOneLineError(flowstate(['diff', MIWG_REF, join(dir, 'missing.bpmn')]))).toBe(`${join(dir, 'missing.bpmn')}: no such file`)
    expect(expectOneLineError(flowstate(['diff', MIWG_REF, fixture('hostile.billion-laughs.bpmn')]))).toContain('refused: the file declares a DOCTYPE')
    expect(expectOneLineError(flowstate(['diff', MIWG_REF, MIWG_REF, '--colour']))).toMatch(/^unknown option --colour for "flowstate diff"/)
    expect(expectOneLineError(flowstate(['compare', MIWG_REF, MIWG_REF]))).toMatch(/^unknown command "compare"/)
  })
})

describe('flowstate import', () => {
  it('builds one project from several files: current, transition, future', () => {
    const out = join(dir, 'three.flowstate.json')
    const run = flowstate(['import', fixture('lanes.nested.bpmn'), fixture('data.records.bpmn'), fixture('pools.collaboration.bpmn'), '-o', out, '--name', 'Three maps'])
    expect(run.status).toBe(0)
    const parsed = parseProjectText(readFileSync(out, 'utf8'))
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.project.name).toBe('Three maps')
    expect(parsed.project.states.map((s) => s.phase)).toEqual(['current', 'transition', 'future'])
    expect(run.stderr).toContain(`wrote ${out}`)
    // warnings name the file they come from
    expect(run.stderr).toContain(`warning: ${fixture('data.records.bpmn')}: 1 data object without a name not recorded`)
  })

  it('names states apart when the files call their processes the same', () => {
    // given three maps whose processes are all called "Sterilization"
    const phases = ['current', 'phase1', 'future'].map((p) => join(process.cwd(), `tests/fixtures/bpmn-phases/phases.${p}.bpmn`))
    const out = join(dir, 'phases.flowstate.json')
    // when they are imported into one project
    const run = flowstate(['import', ...phases, '-o', out])
    // then each state says its phase and file, and the project keeps the process's name
    expect(run.status).toBe(0)
    expect(run.stderr).toBe(
      `wrote ${out}: "Current state (phases.current.bpmn)" (current), "Transition state (phases.phase1.bpmn)" (transition), "Future state (phases.future.bpmn)" (future); 9 steps\n`,
    )
    const parsed = parseProjectText(readFileSync(out, 'utf8'))
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.project.name).toBe('Sterilization')
  })

  it('writes the project to standard output without -o', () => {
    const run = flowstate(['import', fixture('tasks.types.bpmn')])
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).states[0].phase).toBe('current')
  })

  it('names the file that cannot be imported', () => {
    expect(expectOneLineError(flowstate(['import', fixture('tasks.types.bpmn'), fixture('hostile.json-renamed.bpmn')]))).toMatch(
      /hostile\.json-renamed\.bpmn: not a BPMN file: it looks like JSON/,
    )
  })
})

describe('flowstate export', () => {
  it('writes the future state of a project as BPMN with its lanes', () => {
    const project = join(dir, 'export.flowstate.json')
    flowstate(['import', fixture('tasks.types.bpmn'), fixture('lanes.nested.bpmn'), '-o', project])
    const run = flowstate(['export', project, '--format', 'bpmn'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('<bpmn:definitions')
    expect(run.stdout.match(/<bpmn:lane /g)).toHaveLength(3)
    const current = flowstate(['export', project, '--format', 'bpmn', '--from', 'current'])
    expect(current.stdout).not.toContain('<bpmn:lane ')
  })

  it('turns a BPMN file into a project file with -o', () => {
    const out = join(dir, 'from-bpmn.flowstate.json')
    const run = flowstate(['export', MIWG_REF, '--format', 'json', '-o', out])
    expect(run.status).toBe(0)
    expect(flowstate(['validate', out]).status).toBe(0)
  })

  it('says in plain words why -o cannot be written, in one line', () => {
    // given an output path in a folder that does not exist, and one that is a folder
    const missing = join(dir, 'no-such-folder', 'plan.csv')
    mkdirSync(join(dir, 'out-folder'), { recursive: true })
    // when the plan is exported there, then the message names the missing folder, not an error code
    expect(expectOneLineError(flowstate(['export', join(process.cwd(), 'examples/lab-sample.flowstate.json'), '--format', 'json', '-o', missing]))).toBe(
      `${missing}: cannot write: the folder ${join(dir, 'no-such-folder')} does not exist`,
    )
    expect(expectOneLineError(flowstate(['export', join(process.cwd(), 'examples/lab-sample.flowstate.json'), '--format', 'json', '-o', join(dir, 'out-folder')]))).toBe(
      `${join(dir, 'out-folder')}: is a directory; name a file to write`,
    )
  })

  it('refuses formats it does not have in one line, listing the ones it has', () => {
    const available = EXPORT_FORMATS.map((f) => f.name).join(', ')
    expect(expectOneLineError(flowstate(['export', MIWG_REF, '--format', 'pdf']))).toBe(`unknown export format "pdf"; available: ${available}`)
    expect(expectOneLineError(flowstate(['export', MIWG_REF]))).toBe(`export needs --format (${available})`)
  })

})

describe('counted words', () => {
  it('says "1 data item, 1 system" and "2 data items" when it counts', () => {
    expect(flowstate(['validate', fixture('subprocess.collapsed.bpmn')]).stdout).toContain(': valid BPMN: 4 steps, 3 flows, 0 roles, 1 data item, 1 system\n')
    expect(flowstate(['validate', fixture('lanes.nested.bpmn')]).stdout).toContain('5 steps, 4 flows, 3 roles, 0 data items, 0 systems')
    expect(flowstate(['validate', fixture('names.entities.bpmn')]).stdout).toContain(', 1 role, ')
  })

  it('says "1 handoff gained" and "2 steps changed" in who must adapt', () => {
    // given the lab example, where the ward nurse takes over the labelling at the bedside
    const run = flowstate(['diff', join(process.cwd(), 'examples/lab-sample.flowstate.json'), '--from', 'current', '--to', 'transition'])
    expect(run.status).toBe(0)
    // then each count agrees with its noun
    expect(run.stdout).toContain('Ward nurse: 1 step added, 1 step changed, 1 step reassigned in, 1 handoff gained, 1 handoff lost')
    expect(run.stdout).toContain('Ward clerk: 1 step reassigned out, 2 handoffs lost')
    expect(run.stdout).not.toMatch(/\b1 (steps|handoffs|data items|systems|roles|flows|states)\b/)
  })

  it('says "1 open sub-process documents data itself" when it warns', () => {
    const run = flowstate(['validate', fixture('subprocess.expanded.bpmn')])
    expect(run.stdout).toContain('warning: 1 open sub-process documents data itself: recorded on the steps that end it')
  })
})

describe('flowstate validate', () => {
  it('lists comments whose step is in no state any more as warnings, and still says the file is valid', () => {
    const run = flowstate(['validate', join(process.cwd(), 'tests/fixtures/cli/review.tray-return.flowstate.json')])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(': valid flowstate project: 3 states,')
    expect(run.stdout).toContain('warning: comments[3].anchor.lineage: no step of lineage "l_tape" in any state\n')
  })

  it('accepts a BPMN file and lists what the import reads differently', () => {
    const run = flowstate(['validate', fixture('events.intermediate.bpmn')])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('valid BPMN: 9 steps')
    expect(run.stdout).toContain('warning: 1 boundary event imported as a decision')
  })

  it('says in one line why a file is not valid', () => {
    expect(expectOneLineError(flowstate(['validate', fixture('hostile.truncated.bpmn')]))).toMatch(/hostile\.truncated\.bpmn: not well-formed XML: line \d+, column \d+/)
    expect(expectOneLineError(flowstate(['validate', fixture('hostile.html-page.bpmn')]))).toMatch(/not a BPMN file: it looks like an HTML page$/)
    const broken = join(dir, 'broken.flowstate.json')
    writeFileSync(broken, JSON.stringify({ format: 'flowstate', version: 1, id: 'p', name: 'x', createdAt: '', updatedAt: '', roles: [], systems: [], dataItems: [], states: [{ id: 's', name: 'Current', phase: 'now', lanes: [], steps: [], flows: [] }] }))
    expect(expectOneLineError(flowstate(['validate', broken]))).toMatch(/states\[0\]\.phase: must be one of "current", "transition", "future"/)
    mkdirSync(join(dir, 'folder.bpmn'), { recursive: true })
    expect(expectOneLineError(flowstate(['validate', join(dir, 'folder.bpmn')]))).toMatch(/is a directory, not a file$/)
  })

  it('says where a project file stops being JSON, by line and column, in one line', () => {
    // given a project file with a missing comma on line 4
    const broken = join(process.cwd(), 'tests/fixtures/schema/not-json.missing-comma.json')
    // when it is validated, diffed or exported, then each says where, without the engine's words
    const expected = `${broken}: not valid JSON at line 4, column 32: expected "," or "}" after a value, found "id"`
    expect(expectOneLineError(flowstate(['validate', broken]))).toBe(expected)
    expect(expectOneLineError(flowstate(['diff', broken, '--from', 'current']))).toBe(expected)
    expect(expectOneLineError(flowstate(['export', broken, '--format', 'bpmn']))).toBe(expected)
  })
})

describe('the flowstate bin', () => {
  it('runs through npx from the project, as DESIGN shows it', () => {
    const run = spawnSync('npx', ['--no-install', 'flowstate', '--version'], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^flowstate \d+\.\d+\.\d+/)
  })

  it('rebuilds its bundle when the sources are newer than it', () => {
    // given a bundle older than every source file
    const longAgo = new Date('2000-01-01T00:00:00Z')
    flowstate(['--version'])
    utimesSync(BUNDLE, longAgo, longAgo)
    // when the command runs
    const run = flowstate(['--version'])
    // then it rebuilt the bundle first and still answered
    expect(run.status).toBe(0)
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(longAgo.getTime())
  })
})
