import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { exportBpmn } from '../../../src/io/bpmn'
import { useStore } from '../../../src/store'
import { ImportStateDialog } from '../../../src/ui/bpmn/ImportStateDialog'
import { trayReturn } from '../compare/helpers'

describe('the Add BPMN state dialog', () => {
  it('given a file exported from the current state, when it is added as a transition, then the new state is named after the transition and the file, not "Current state"', async () => {
    // given a project whose current state is called "Current state", exported as BPMN
    const project = trayReturn()
    project.states[0]!.name = 'Current state'
    useStore.getState().openProject(project)
    const { xml } = exportBpmn(project, project.states[0]!)
    render(<ImportStateDialog file={{ name: 'tray-return-current.bpmn', bytes: new TextEncoder().encode(xml) }} onClose={() => {}} />)
    const dialog = screen.getByRole('dialog', { name: 'Add a state from BPMN' })

    // when it is added as a transition state
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Transition state' }))
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Transition state: tray-return-current')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add state' }))

    // then its name is its own
    const names = useStore.getState().project!.states.map((s) => s.name)
    expect(names).toContain('Transition state: tray-return-current')
    expect(new Set(names).size).toBe(names.length)
  })

  it('keeps a name the user typed when the phase changes', async () => {
    const project = trayReturn()
    useStore.getState().openProject(project)
    const { xml } = exportBpmn(project, project.states[2]!)
    render(<ImportStateDialog file={{ name: 'future.bpmn', bytes: new TextEncoder().encode(xml) }} onClose={() => {}} />)
    const name = screen.getByRole('textbox', { name: 'Name' })
    await userEvent.clear(name)
    await userEvent.type(name, 'Phase 2: scanners in decontamination')
    await userEvent.click(screen.getByRole('radio', { name: 'Future state' }))
    expect(name).toHaveValue('Phase 2: scanners in decontamination')
  })
})
