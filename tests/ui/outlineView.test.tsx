import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Project } from '../../src/domain/model'
import { useStore } from '../../src/store'
import { StatePane } from '../../src/ui/canvas/StatePane'
import { loadProject } from '../helpers/fixtures'

const current = (): Project['states'][number] => useStore.getState().project!.states[0]!
const labelsIn = (lane: string) => within(screen.getByRole('region', { name: lane })).getAllByRole('textbox').map((i) => (i as HTMLInputElement).value)

/** Given the tray-return project, the current state shown as an outline. */
function openOutline() {
  useStore.getState().openProject(loadProject('editor/editor.two-states.flowstate.json'))
  useStore.getState().setPaneView('st_cur', 'outline')
  render(<StatePane stateId="st_cur" />)
  return userEvent.setup()
}

describe('the outline view', () => {
  it('lists the steps by lane, in lane order, left to right', () => {
    openOutline()
    const lanes = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(lanes).toEqual(['OR nurse', 'Porter', 'SPD technician'])
    expect(labelsIn('OR nurse')).toEqual(['Case ends', 'Pack used instruments'])
    expect(labelsIn('SPD technician')).toEqual(['Receive tray in decontamination', 'Tray complete?', 'Tray in washer'])
    // Where each step leads, in words, with the branch names of the decision.
    expect(screen.getByText('→ yes: Tray in washer; no: Pack used instruments')).toBeInTheDocument()
  })

  it('names each step for a screen reader by its place in the workflow and its kind', () => {
    openOutline()
    expect(screen.getByRole('textbox', { name: 'Step 6 of 7, Decision' })).toHaveValue('Tray complete?')
  })

  it('given a step, when Enter is pressed in its label, then the next step is added in the same lane, connected, and takes the typing', async () => {
    const user = openOutline()
    await user.click(screen.getByRole('textbox', { name: /Step 2 of 7/ }))
    await user.keyboard('{Enter}')
    await user.keyboard('Count instruments')
    expect(labelsIn('OR nurse')).toEqual(['Case ends', 'Pack used instruments', 'Count instruments'])
    const added = current().steps.at(-1)!
    expect(added).toMatchObject({ label: 'Count instruments', roleId: 'r_or', kind: 'task' })
    expect(current().flows.some((f) => f.from === 's_pack' && f.to === added.id)).toBe(true)
  })

  it('moves the step being typed to the next lane with Alt+Down, keeping the keyboard on it', async () => {
    const user = openOutline()
    await user.click(screen.getByRole('textbox', { name: /Step 2 of 7/ }))
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    expect(current().steps.find((s) => s.id === 's_pack')!.roleId).toBe('r_porter')
    expect(labelsIn('Porter')).toContain('Pack used instruments')
    expect(document.activeElement).toHaveValue('Pack used instruments')
    await user.keyboard(' and count')
    expect(current().steps.find((s) => s.id === 's_pack')!.label).toBe('Pack used instruments and count')
  })

  it('changes a step’s kind with Alt+digit and with its kind list', async () => {
    const user = openOutline()
    await user.click(screen.getByRole('textbox', { name: /Step 3 of 7/ }))
    await user.keyboard('{Alt>}3{/Alt}')
    expect(current().steps.find((s) => s.id === 's_carry')!.kind).toBe('wait')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of step 3' }), 'Subprocess')
    expect(current().steps.find((s) => s.id === 's_carry')!.kind).toBe('subprocess')
  })

  it('given a new empty step, when a list from notes is pasted into it, then the lines become that step and the ones after it', async () => {
    const user = openOutline()
    await user.click(screen.getByRole('textbox', { name: /Step 2 of 7/ }))
    await user.keyboard('{Enter}')
    await user.paste('Count instruments\nSign the count sheet\nClose the tray')
    expect(labelsIn('OR nurse')).toEqual(['Case ends', 'Pack used instruments', 'Count instruments', 'Sign the count sheet', 'Close the tray'])
  })

  it('takes away an empty step with Backspace and goes back to the step before', async () => {
    const user = openOutline()
    await user.click(screen.getByRole('textbox', { name: /Step 2 of 7/ }))
    await user.keyboard('{Enter}{Backspace}')
    expect(current().steps).toHaveLength(7)
    expect(document.activeElement).toHaveValue('Pack used instruments')
  })

  it('reorders lanes and, removing a lane with steps, asks where they go', async () => {
    const user = openOutline()
    await user.click(screen.getByRole('button', { name: 'Move lane Porter down' }))
    expect(current().lanes).toEqual(['r_or', 'r_spd', 'r_porter'])
    await user.click(screen.getByRole('button', { name: 'Remove lane Porter' }))
    const dialog = screen.getByRole('dialog', { name: 'Remove the lane “Porter”' })
    expect(within(dialog).getByText('It holds 2 steps. Where should they go?')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('radio', { name: 'Move to SPD technician' }))
    await user.click(within(dialog).getByRole('button', { name: 'Remove lane' }))
    expect(current().lanes).toEqual(['r_or', 'r_spd'])
    expect(labelsIn('SPD technician')).toContain('Carry tray to SPD')
  })

  it('adds a lane for a role, and a step to it', async () => {
    const user = openOutline()
    await user.click(screen.getByRole('button', { name: 'Add lane' }))
    await user.type(screen.getByLabelText('Role, team or department'), 'Sterile storage tech{Enter}')
    await user.click(screen.getByRole('button', { name: '+ Add step to Sterile storage tech' }))
    await user.keyboard('Shelve tray')
    expect(labelsIn('Sterile storage tech')).toEqual(['Shelve tray'])
  })

  it('edits through the same history: one undo takes back the typed label, the next the added step', async () => {
    const user = openOutline()
    await user.click(screen.getByRole('textbox', { name: /Step 2 of 7/ }))
    await user.keyboard('{Enter}Count')
    act(() => useStore.getState().undo())
    expect(current().steps.at(-1)!.label).toBe('')
    act(() => useStore.getState().undo())
    expect(current().steps).toHaveLength(7)
  })

  it('switches back to the canvas with the pane’s Outline toggle', async () => {
    const user = openOutline()
    const toggle = screen.getByRole('button', { name: 'Outline' })
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await user.click(toggle)
    expect(useStore.getState().paneView.st_cur).toBe('canvas')
    expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument()
  })
})
