import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Project } from '../../src/domain/model'
import { useStore } from '../../src/store'
import { STEPS_MIME, stepsAsHtml, writeStepsPayload } from '../../src/ui/actions/clipboardPayload'
import { StatePane } from '../../src/ui/canvas/StatePane'
import { loadProject } from '../helpers/fixtures'

/** What another tab put on the system clipboard when it copied these steps of the tray-return map. */
function copiedInAnotherTab(stepIds: readonly string[]): { text: string; payload: string } {
  const source = loadProject('editor/editor.two-states.flowstate.json')
  const state = source.states[0]!
  const steps = state.steps.filter((s) => stepIds.includes(s.id))
  const flows = state.flows.filter((f) => stepIds.includes(f.from) && stepIds.includes(f.to))
  return { text: steps.map((s) => s.label).join('\n'), payload: writeStepsPayload(source, { steps, flows }) }
}

/** Given the loaner-tray project open in this tab, its empty current state on the canvas. */
function openOtherProject() {
  useStore.getState().openProject(loadProject('editor/clipboard.other-project.flowstate.json'))
  render(<StatePane stateId="st_loaner" />)
  return document.querySelector('.state-canvas') as HTMLElement
}

function paste(canvas: HTMLElement, data: Record<string, string>) {
  fireEvent.paste(canvas, { clipboardData: { getData: (type: string) => data[type] ?? '' } })
}

const project = (): Project => useStore.getState().project!
const state = () => project().states[0]!

describe('pasting steps copied in another tab', () => {
  it('given steps copied in another project, when pasted, then they arrive whole: kinds, times, records, flows between them, matched to this project’s catalogue by name', async () => {
    const canvas = openOtherProject()
    const copied = copiedInAnotherTab(['s_recv', 's_check', 's_end'])
    // when the other tab's copy is pasted here
    paste(canvas, { 'text/plain': copied.text, [STEPS_MIME]: copied.payload })
    // then the three steps are here, with their kinds and times
    expect(state().steps.map((s) => [s.label, s.kind])).toEqual([
      ['Receive tray in decontamination', 'task'],
      ['Tray complete?', 'decision'],
      ['Tray in washer', 'end'],
    ])
    const receive = state().steps[0]!
    expect(receive.touchMinutes).toBe(3)
    // in this project's lane of the same name, with this project's "Tray ID", and the system it lacked added
    expect(state().steps.every((s) => s.roleId === 'r_tech')).toBe(true)
    expect(project().roles).toHaveLength(1)
    const trace = project().systems.find((s) => s.name === 'Traceability system')!
    expect(receive.records).toEqual([{ dataItemId: 'd_tray_id', systemId: trace.id, entry: 'automatic' }])
    expect(receive.systemIds).toEqual([trace.id])
    // and the flows between them, with the decision's branch name
    const byId = new Map(state().steps.map((s) => [s.id, s.label]))
    expect(state().flows.map((f) => [byId.get(f.from), byId.get(f.to), f.label])).toEqual([
      ['Receive tray in decontamination', 'Tray complete?', undefined],
      ['Tray complete?', 'Tray in washer', 'yes'],
    ])
    expect(await screen.findByText('Tray complete?')).toBeInTheDocument()
    // and one undo takes the paste back, system included
    useStore.getState().undo()
    expect(state().steps).toEqual([])
    expect(project().systems).toEqual([])
  })

  it('given a copy from a project whose roles this one lacks, then the role is added with a lane', () => {
    const canvas = openOtherProject()
    const copied = copiedInAnotherTab(['s_carry', 's_wait'])
    paste(canvas, { 'text/plain': copied.text, [STEPS_MIME]: copied.payload })
    const porter = project().roles.find((r) => r.name === 'Porter')!
    expect(state().lanes).toEqual(['r_tech', porter.id])
    expect(state().steps.map((s) => [s.label, s.roleId, s.waitMinutes])).toEqual([
      ['Carry tray to SPD', porter.id, undefined],
      ['Tray waits at dock', porter.id, 30],
    ])
    expect(state().flows).toHaveLength(1)
  })

  it('given the payload only in the HTML (as Chromium carries it between tabs), then the steps arrive whole and the HTML is never shown', () => {
    const canvas = openOtherProject()
    const copied = copiedInAnotherTab(['s_check', 's_end'])
    paste(canvas, { 'text/plain': copied.text, 'text/html': stepsAsHtml(['Tray complete?', 'Tray in washer'], copied.payload) })
    expect(state().steps.map((s) => s.kind)).toEqual(['decision', 'end'])
    expect(state().flows.map((f) => f.label)).toEqual(['yes'])
  })

  it('given the payload only as plain text (a clipboard that keeps text alone), then the steps still arrive whole', () => {
    const canvas = openOtherProject()
    paste(canvas, { 'text/plain': copiedInAnotherTab(['s_check', 's_end']).payload })
    expect(state().steps.map((s) => s.kind)).toEqual(['decision', 'end'])
    expect(state().flows).toHaveLength(1)
  })

  it('given a malformed or hostile payload, then it is ignored: nothing is pasted from it and nothing breaks', () => {
    const canvas = openOtherProject()
    const good = JSON.parse(copiedInAnotherTab(['s_check', 's_end']).payload)
    const hostile = [
      '{"format":"flowstate-steps","version":1,"steps":[',
      JSON.stringify({ ...good, version: 2 }),
      JSON.stringify({ ...good, steps: [{ ...good.steps[0], touchMinutes: -5 }] }),
      JSON.stringify({ ...good, steps: [{ ...good.steps[0], kind: 'script' }] }),
      JSON.stringify({ ...good, steps: [good.steps[0], good.steps[0]] }),
      JSON.stringify({ ...good, steps: [] }),
      '{"format":"flowstate-steps","version":1,"__proto__":{"polluted":true},"steps":"<img src=x onerror=alert(1)>"}',
    ]
    for (const payload of hostile) paste(canvas, { 'text/plain': '', [STEPS_MIME]: payload })
    // an HTML marker with a broken encoding, or none at its end
    paste(canvas, { 'text/plain': '', 'text/html': '<!--flowstate-steps:%E0%A4%A-->' })
    paste(canvas, { 'text/plain': '', 'text/html': `<!--flowstate-steps:${encodeURIComponent(JSON.stringify(good))}` })
    expect(state().steps).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(useStore.getState().error).toBeFalsy()
  })

  it('given a payload whose role colour is not a plain colour, then the role is added without it', () => {
    const canvas = openOtherProject()
    const good = JSON.parse(copiedInAnotherTab(['s_carry']).payload)
    good.roles[0].color = 'url(https://tracker.example/pixel.png)'
    paste(canvas, { 'text/plain': '', [STEPS_MIME]: JSON.stringify(good) })
    const porter = project().roles.find((r) => r.name === 'Porter')!
    expect(porter.color).toBeUndefined()
    expect(state().steps.map((s) => s.roleId)).toEqual([porter.id])
  })

  it('given a payload whose labels hold markup, then the labels are shown as plain text', async () => {
    const canvas = openOtherProject()
    const good = JSON.parse(copiedInAnotherTab(['s_recv']).payload)
    good.steps[0].label = '<img src=x onerror="window.hacked=1">Scan tray'
    paste(canvas, { 'text/plain': '', [STEPS_MIME]: JSON.stringify(good) })
    expect(await screen.findByText('<img src=x onerror="window.hacked=1">Scan tray')).toBeInTheDocument()
    expect(canvas.querySelector('img')).toBeNull()
  })
})
