import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Project } from '../../src/domain/model'
import { useStore } from '../../src/store'
import { SidePanel } from '../../src/ui/panels/SidePanel'
import { loadProject } from '../helpers/fixtures'

const project = () => useStore.getState().project!
const stepOf = (id: string, p: Project = project()) => p.states[0]!.steps.find((s) => s.id === id)!

/** Given the tray-return project with "Pack used instruments" selected in the current state. */
function openWithPackSelected() {
  useStore.getState().openProject(loadProject('editor/editor.two-states.flowstate.json'))
  useStore.getState().setActiveState('st_cur')
  useStore.getState().select('st_cur', ['s_pack'])
  render(<SidePanel />)
  return userEvent.setup()
}

describe('the properties panel', () => {
  beforeEach(() => {
    useStore.getState().openProject(null)
  })

  it('shows the selected step and tells how to pick one when nothing is selected', () => {
    useStore.getState().openProject(loadProject('editor/editor.two-states.flowstate.json'))
    useStore.getState().setActiveState('st_cur')
    render(<SidePanel />)
    expect(screen.getByText(/Select a step to see and edit/)).toBeInTheDocument()
  })

  it('given a step, when its label is typed, then every character is in the document and one undo takes the whole edit back', async () => {
    const user = openWithPackSelected()
    const label = screen.getByLabelText('Label')
    expect(label).toHaveValue('Pack used instruments')
    await user.clear(label)
    await user.type(label, 'Pack and count instruments')
    expect(stepOf('s_pack').label).toBe('Pack and count instruments')
    act(() => useStore.getState().undo())
    expect(stepOf('s_pack').label).toBe('Pack used instruments')
    expect(screen.getByLabelText('Label')).toHaveValue('Pack used instruments')
  })

  it('changes kind, value class, times and notes', async () => {
    const user = openWithPackSelected()
    await user.selectOptions(screen.getByLabelText('Kind'), 'Subprocess')
    await user.selectOptions(screen.getByLabelText('Value'), 'Waste')
    await user.clear(screen.getByLabelText('Touch time'))
    await user.type(screen.getByLabelText('Touch time'), '7.5')
    await user.type(screen.getByLabelText('Wait time'), '15')
    await user.type(screen.getByLabelText('Notes'), 'Count sheet is paper')
    expect(stepOf('s_pack')).toMatchObject({ kind: 'subprocess', value: 'waste', touchMinutes: 7.5, waitMinutes: 15, notes: 'Count sheet is paper' })
    await user.clear(screen.getByLabelText('Touch time'))
    expect('touchMinutes' in stepOf('s_pack')).toBe(false)
  })

  it('given a step in the OR lane, when its role is set to the SPD technician, then it moves into that lane', async () => {
    const user = openWithPackSelected()
    await user.selectOptions(screen.getByLabelText('Role'), 'SPD technician')
    expect(stepOf('s_pack').roleId).toBe('r_spd')
  })

  it('picks a known system, or creates one from a new name', async () => {
    const user = openWithPackSelected()
    const input = screen.getByLabelText('Systems')
    await user.type(input, 'traceability system{Enter}')
    await user.type(input, 'Instrument tracking app{Enter}')
    const names = stepOf('s_pack').systemIds.map((id) => project().systems.find((s) => s.id === id)!.name)
    expect(names).toEqual(['Paper log', 'Traceability system', 'Instrument tracking app'])
    expect(project().systems).toHaveLength(3)
    await user.click(screen.getByRole('button', { name: 'Remove Paper log' }))
    expect(stepOf('s_pack').systemIds).toHaveLength(2)
  })

  it('adds a record of a new data item, made automatically, distinct from the manual ones', async () => {
    const user = openWithPackSelected()
    await user.type(screen.getByPlaceholderText('Data item, e.g. Tray ID'), 'Load number')
    await user.selectOptions(screen.getByLabelText('Recorded in'), 'Traceability system')
    await user.selectOptions(screen.getByLabelText('Recorded how'), 'Automatically')
    await user.click(screen.getByRole('button', { name: 'Add record' }))
    const item = project().dataItems.find((d) => d.name === 'Load number')!
    expect(stepOf('s_pack').records.at(-1)).toEqual({ dataItemId: item.id, systemId: 'sys_trace', entry: 'automatic' })
    const rows = screen.getAllByRole('listitem').filter((li) => li.classList.contains('record'))
    expect(rows.map((r) => r.className)).toEqual(['record record-manual', 'record record-manual', 'record record-automatic'])
    // The whole record, with its new data item, is one undo step.
    act(() => useStore.getState().undo())
    expect(project().dataItems.some((d) => d.name === 'Load number')).toBe(false)
    expect(stepOf('s_pack').records).toHaveLength(2)
  })

  it('turns a manual record into an automatic one', async () => {
    const user = openWithPackSelected()
    await user.selectOptions(screen.getByLabelText('How Tray ID is recorded'), 'Automatically')
    expect(stepOf('s_pack').records[0]).toEqual({ dataItemId: 'd_tray', systemId: 'sys_paper', entry: 'automatic' })
  })

  it('connects the step to another one and names the branch', async () => {
    const user = openWithPackSelected()
    await user.type(screen.getByLabelText('Connect to'), 'tray in{Enter}')
    const flow = project().states[0]!.flows.at(-1)!
    expect(flow).toMatchObject({ from: 's_pack', to: 's_end' })
    await user.type(screen.getByLabelText('Name of the flow to Tray in washer'), 'nothing to clean')
    expect(project().states[0]!.flows.at(-1)!.label).toBe('nothing to clean')
  })

  it('renames a role in the catalogue, and the new name shows in the step’s role list', async () => {
    const user = openWithPackSelected()
    const name = screen.getByLabelText('Name of role OR nurse')
    await user.clear(name)
    await user.type(name, 'Circulating nurse')
    expect(project().roles[0]!.name).toBe('Circulating nurse')
    expect(within(screen.getByLabelText('Role')).getByRole('option', { name: 'Circulating nurse' })).toBeInTheDocument()
  })

  it('adds and removes systems and data items in the catalogue', async () => {
    const user = openWithPackSelected()
    await user.click(screen.getByRole('tab', { name: 'Data items' }))
    await user.type(screen.getByLabelText('New data item'), 'Sterilizer load ID{Enter}')
    expect(project().dataItems.map((d) => d.name)).toContain('Sterilizer load ID')
    await user.click(screen.getByRole('tab', { name: 'Systems' }))
    await user.click(screen.getByRole('button', { name: 'Remove system Paper log' }))
    expect(project().systems.map((s) => s.name)).toEqual(['Traceability system'])
  })
})
