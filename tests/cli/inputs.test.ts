// What the command reads, read safely: never more than a file's limit however the file presents
// itself (/dev/zero, a FIFO that never ends), never its own input overwritten by -o, and every
// problem with one of several inputs said with that input's name.
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectOneLineError, fixture, flowstate } from './run'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowstate-inputs-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('bounded reading', () => {
  it('given /dev/zero, then validate says what it is not at once, instead of reading forever', () => {
    expect(expectOneLineError(flowstate(['validate', '/dev/zero']))).toBe('/dev/zero: neither a .bpmn nor a .flowstate.json file')
  })

  it('given a FIFO that never ends, then validate stops at the limit of a project file and says so', { timeout: 120_000 }, async () => {
    const fifo = join(dir, 'endless.flowstate.json')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    // a writer that never stops: "{" then spaces, as long as someone reads
    const writer = spawn(process.execPath, ['-e', `const fs=require('fs');const fd=fs.openSync(${JSON.stringify(fifo)},'w');fs.writeSync(fd,'{');const b=Buffer.alloc(1<<20,32);for(;;)fs.writeSync(fd,b)`], { stdio: 'ignore' })
    try {
      expect(expectOneLineError(flowstate(['validate', fifo]))).toBe(`${fifo}: more than 256.0 MB; a project file holds at most 256.0 MB`)
    } finally {
      writer.kill('SIGKILL')
    }
  })

  it('given a BPMN file past its limit, then it is refused by its size in plain words', () => {
    const big = join(dir, 'big.bpmn')
    writeFileSync(big, '')
    truncateSync(big, 130 * 1024 * 1024)
    expect(expectOneLineError(flowstate(['validate', big]))).toBe(`${big}: more than 128.0 MB; a BPMN file holds at most 128.0 MB`)
  })
})

describe('-o never overwrites an input', () => {
  it('given import a.bpmn -o a.bpmn, then it is refused and a.bpmn is as it was', () => {
    const a = join(dir, 'a.bpmn')
    copyFileSync(fixture('tasks.types.bpmn'), a)
    const before = readFileSync(a, 'utf8')
    expect(expectOneLineError(flowstate(['import', a, '-o', a]))).toBe(`-o ${a}: that is the input file ${a}; write the result to another file`)
    expect(readFileSync(a, 'utf8')).toBe(before)
  })

  it('recognises the input through another spelling of its path and through a link, for export too', () => {
    const a = join(dir, 'b.bpmn')
    copyFileSync(fixture('tasks.types.bpmn'), a)
    const link = join(dir, 'link.bpmn')
    symlinkSync(a, link)
    const before = readFileSync(a, 'utf8')
    expect(expectOneLineError(flowstate(['import', fixture('lanes.nested.bpmn'), a, '-o', link]))).toContain('that is the input file')
    expect(expectOneLineError(flowstate(['export', a, '--format', 'bpmn', '-o', join(dir, '.', 'b.bpmn')]))).toContain('that is the input file')
    expect(readFileSync(a, 'utf8')).toBe(before)
  })
})

describe('problems name their file', () => {
  it('given one file that cannot be imported, then the error names it', () => {
    expect(expectOneLineError(flowstate(['import', fixture('hostile.json-renamed.bpmn')]))).toMatch(/^\S+hostile\.json-renamed\.bpmn: not a BPMN file: it looks like JSON/)
  })

  it('given bytes that are not UTF-8, then a warning names the file and the byte where they are', () => {
    const bad = join(dir, 'latin1.bpmn')
    const text = readFileSync(fixture('tasks.types.bpmn'), 'utf8').replace('<process id=', '<!-- caf\u00e9 --><process id=')
    const bytes = Buffer.from(text, 'utf8')
    // é written as Latin-1: one byte 0xE9 where UTF-8 needs two
    const at = bytes.indexOf(Buffer.from('caf\u00e9', 'utf8')) + 3
    expect(at).toBeGreaterThan(100)
    const latin1 = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at + 2)])
    writeFileSync(bad, latin1)
    const run = flowstate(['validate', bad])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`warning: not valid UTF-8 at byte ${at.toLocaleString('en-US')}; read as "\uFFFD" there`)
    const imported = flowstate(['import', bad, '-o', join(dir, 'latin1.flowstate.json')])
    expect(imported.stderr).toContain(`warning: ${bad}: not valid UTF-8 at byte ${at.toLocaleString('en-US')}`)
  })
})
