// Bad and hostile files: refused in one line, fast, with no entity ever expanded.
import { describe, expect, it } from 'vitest'
import { importBpmn } from '../../../src/io/bpmn'
import { bpmnFixture } from './helpers'

const refusal = (text: string): string => {
  const result = importBpmn(text)
  if (result.ok) throw new Error('expected a refusal')
  expect(result.error).not.toContain('\n')
  return result.error
}

describe('BPMN import of hostile files', () => {
  it('refuses a billion laughs without expanding a single entity', () => {
    expect(refusal(bpmnFixture('hostile.billion-laughs.bpmn'))).toBe(
      'refused: the file declares a DOCTYPE (entity declarations are never read, for safety)',
    )
  })

  it('refuses an external entity (the file it names is never read)', () => {
    expect(refusal(bpmnFixture('hostile.external-entity.bpmn'))).toMatch(/^refused: the file declares a DOCTYPE/)
  })

  it('treats an entity that was never declared as broken XML, not as text', () => {
    expect(refusal(bpmnFixture('hostile.undefined-entity.bpmn'))).toBe('not well-formed XML: line 3, column 47: undefined entity')
  })

  it('refuses a file over 128 MB before parsing it', { timeout: 60_000 }, () => {
    // given a 130 MB file of otherwise valid BPMN
    const head = '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><process id="P">'
    const task = '<task id="T" name="Wash tray" />'.padEnd(64, ' ')
    const big = head + task.repeat(Math.ceil((130 * 1024 * 1024) / 64)) + '</process></definitions>'
    expect(big.length).toBeGreaterThan(130 * 1024 * 1024)
    expect(refusal(big)).toBe('file is 130.0 MB; the limit is 128.0 MB')
  })

  it('refuses more than 2,500,000 elements', { timeout: 60_000 }, () => {
    const head = '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><process id="P">'
    expect(refusal(head + '<x/>'.repeat(2_500_001) + '</process></definitions>')).toBe('refused: more than 2,500,000 XML elements')
  })

  it('refuses elements nested deeper than 1,000 levels', () => {
    const text = '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">' + '<subProcess>'.repeat(2_000) + '</subProcess>'.repeat(2_000) + '</definitions>'
    expect(refusal(text)).toBe('refused: elements nested more than 1,000 deep')
  })

  it('says where truncated XML ends', () => {
    expect(refusal(bpmnFixture('hostile.truncated.bpmn'))).toMatch(/^not well-formed XML: line \d+, column \d+: /)
  })

  it('says a JSON file renamed .bpmn is JSON', () => {
    expect(refusal(bpmnFixture('hostile.json-renamed.bpmn'))).toMatch(/^not a BPMN file: it looks like JSON/)
  })

  it('says an HTML page is an HTML page, a draw.io diagram a draw.io diagram', () => {
    expect(refusal(bpmnFixture('hostile.html-page.bpmn'))).toBe('not a BPMN file: it looks like an HTML page')
    expect(refusal(bpmnFixture('hostile.drawio.bpmn'))).toBe('not a BPMN file: it is a draw.io diagram')
  })

  it('names the namespace when <definitions> is not BPMN 2.0', () => {
    expect(refusal(bpmnFixture('hostile.other-namespace.bpmn'))).toBe(
      'not a BPMN 2.0 file: <definitions> is in namespace "http://schema.omg.org/spec/BPMN/2.0", expected "http://www.omg.org/spec/BPMN/20100524/MODEL"',
    )
  })

  it('says an empty file is empty and plain text is not XML', () => {
    expect(refusal('')).toBe('not a BPMN file: the file is empty')
    expect(refusal('Wash tray, then pack it')).toBe('not a BPMN file: it is not XML')
  })

  it('refuses more steps than a state holds', () => {
    const head = '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><process id="P">'
    const tasks = Array.from({ length: 50_001 }, (_, i) => `<task id="T${i}"/>`).join('')
    expect(refusal(head + tasks + '</process></definitions>')).toBe('refused: the file has 50,001 steps; a state holds at most 50,000')
  })

  it('keeps vendor extensions out of the model, however they are named', () => {
    // given a task whose extension elements look like BPMN in another namespace
    const text = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:x="urn:vendor" id="D"><process id="P">
      <task id="T" name="Wash"><extensionElements><x:task id="Evil" name="not a step"/></extensionElements></task>
      <x:process><task id="Hidden" name="inside a vendor element"/></x:process></process></definitions>`
    const result = importBpmn(text)
    expect(result.ok && result.state.steps.map((s) => s.lineage)).toEqual(['T'])
  })
})

describe('BPMN import of files built to be slow', () => {
  it('reads sub-processes nested 900 deep, each open and holding work, without working through them again and again', () => {
    // given 900 nested expanded sub-processes, each with a start, a task and an end, 100 tasks in the innermost
    const depth = 900
    let inner = Array.from({ length: 100 }, (_, i) => `<task id="Deep_${i}" name="Deep ${i}"/>`).join('')
    const shapes: string[] = []
    for (let d = depth; d >= 1; d--) {
      inner = `<subProcess id="Sub_${d}"><startEvent id="S_${d}"/><task id="T_${d}" name="Work ${d}"/><endEvent id="E_${d}"/>${inner}<sequenceFlow id="F1_${d}" sourceRef="S_${d}" targetRef="T_${d}"/><sequenceFlow id="F2_${d}" sourceRef="T_${d}" targetRef="${d < depth ? `Sub_${d + 1}` : 'E_' + d}"/>${d < depth ? `<sequenceFlow id="F3_${d}" sourceRef="Sub_${d + 1}" targetRef="E_${d}"/>` : ''}</subProcess>`
      shapes.push(`<bpmndi:BPMNShape id="Sub_${d}_di" bpmnElement="Sub_${d}" isExpanded="true"><dc:Bounds x="${d}" y="${d}" width="10" height="10"/></bpmndi:BPMNShape>`)
    }
    const text = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="D">
      <process id="P"><laneSet id="L"><lane id="Lane" name="Nurse"><flowNodeRef>Sub_1</flowNodeRef></lane></laneSet>${inner}</process>
      <bpmndi:BPMNDiagram id="Di"><bpmndi:BPMNPlane id="Pl" bpmnElement="P">${shapes.join('')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></definitions>`
    // when it is imported
    const result = importBpmn(text)
    // then every task is a step in the lane of the outermost sub-process, chained in order
    if (!result.ok) throw new Error(result.error)
    expect(result.state.steps.filter((s) => s.kind === 'task')).toHaveLength(depth + 100)
    expect(result.state.steps.every((s) => s.roleId === result.state.lanes[0])).toBe(true)
    expect(result.state.flows.length).toBeGreaterThanOrEqual(depth - 1)
  })
})
