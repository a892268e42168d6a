import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { useStore } from '../../src/store'
import { ChangeList } from '../../src/ui/compare/ChangeList'
import { CompareBar } from '../../src/ui/compare/CompareBar'
import { openCompared, trayReturn } from './compare/helpers'

afterEach(() => localStorage.clear())

const project = () => useStore.getState().project!
const choice = () => useStore.getState().compareChoice.p_tray
const openStates = async () => {
  await userEvent.click(screen.getByRole('button', { name: /^States/ }))
  return screen.getByRole('group', { name: 'States' })
}

describe('the compare bar', () => {
  it('compares current → future by default; picking another "after" compares with it, and the swap turns the pair round', async () => {
    openCompared()
    render(<CompareBar />)
    expect(screen.getByRole('combobox', { name: 'Before' })).toHaveValue('st_cur')
    expect(screen.getByRole('combobox', { name: 'After' })).toHaveValue('st_fut')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'After' }), 'st_tr')
    expect(choice()!.pair).toEqual({ before: 'st_cur', after: 'st_tr' })
    await userEvent.click(screen.getByRole('button', { name: 'Swap before and after' }))
    expect(choice()!.pair).toEqual({ before: 'st_tr', after: 'st_cur' })
    // Picking the state already on the other side swaps rather than comparing a state with itself.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Before' }), 'st_cur')
    expect(choice()!.pair).toEqual({ before: 'st_cur', after: 'st_tr' })
  })

  it('remembers the choice for the project in this browser, not in the document', async () => {
    const before = openCompared()
    render(<CompareBar />)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'After' }), 'st_tr')
    expect(JSON.parse(localStorage.getItem('flowstate.compare.p_tray')!)).toMatchObject({ pair: { before: 'st_cur', after: 'st_tr' } })
    expect(project()).toBe(before)
  })

  it('given three panes, when one is hidden, then two remain and neither of them can be hidden', async () => {
    openCompared()
    render(<CompareBar />)
    const states = await openStates()
    await userEvent.click(within(states).getByRole('checkbox', { name: 'Show Go-live: scanner beside the paper log' }))
    expect(choice()!.panes).toEqual(['st_cur', 'st_fut'])
    expect(within(states).getByRole('checkbox', { name: 'Show Today: paper log' })).toBeDisabled()
    expect(screen.getByRole('button', { name: /^States/ })).toHaveTextContent('2 of 3 shown')
  })

  it('given the future state, when a transition state is derived from it, then it is added before the future state, keeps lineage and gets a pane', async () => {
    openCompared()
    render(<CompareBar />)
    const states = await openStates()
    await userEvent.selectOptions(within(states).getByRole('combobox', { name: 'Copy of' }), 'st_fut')
    await userEvent.selectOptions(within(states).getByRole('combobox', { name: 'Phase of the new state' }), 'transition')
    await userEvent.click(within(states).getByRole('button', { name: 'Derive state' }))
    const derived = project().states[2]!
    expect(project().states.map((s) => s.name)).toEqual(['Today: paper log', 'Go-live: scanner beside the paper log', 'Transition state', 'Future: scan at receipt'])
    expect(derived).toMatchObject({ phase: 'transition', basedOn: 'st_fut' })
    expect(derived.steps.map((s) => s.lineage)).toEqual(project().states[3]!.steps.map((s) => s.lineage))
    expect(choice()!.panes).toEqual(['st_cur', derived.id, 'st_fut'])
    expect(useStore.getState().activeStateId).toBe(derived.id)
  })

  it('renames a state in place; Escape leaves it as it was', async () => {
    openCompared()
    render(<CompareBar />)
    const states = await openStates()
    await userEvent.click(within(states).getByRole('button', { name: 'Rename Today: paper log' }))
    await userEvent.type(within(states).getByRole('textbox', { name: 'Rename Today: paper log' }), '{Control>}a{/Control}Today: paper log and porter{Escape}')
    expect(project().states[0]!.name).toBe('Today: paper log')
    await userEvent.click(within(states).getByRole('button', { name: 'Rename Today: paper log' }))
    await userEvent.type(within(states).getByRole('textbox', { name: 'Rename Today: paper log' }), '{Control>}a{/Control}Today: paper log and porter{Enter}')
    expect(project().states[0]!.name).toBe('Today: paper log and porter')
  })

  it('moves a state earlier and deletes one, and the deletion can be undone from the notice', async () => {
    const start = openCompared()
    render(<CompareBar />)
    const states = await openStates()
    await userEvent.click(within(states).getByRole('button', { name: 'Move Future: scan at receipt earlier' }))
    expect(project().states.map((s) => s.id)).toEqual(['st_cur', 'st_fut', 'st_tr'])
    useStore.getState().undo()
    await userEvent.click(within(states).getByRole('button', { name: 'Delete Go-live: scanner beside the paper log' }))
    expect(project().states.map((s) => s.id)).toEqual(['st_cur', 'st_fut'])
    expect(within(states).getByRole('status')).toHaveTextContent('“Go-live: scanner beside the paper log” deleted.')
    await userEvent.click(within(states).getByRole('button', { name: 'Undo' }))
    expect(project()).toEqual(start)
  })

  it('given two states with the same name, then the compare control, the States menu and the change list tell them apart by region', async () => {
    // given the transition and the current state both called "Current state" (a BPMN file added as a transition)
    const same = trayReturn()
    same.states[0]!.name = 'Current state'
    same.states[1]!.name = 'Current state'
    openCompared(same)
    render(
      <>
        <CompareBar />
        <ChangeList />
      </>,
    )
    const options = (name: string) => within(screen.getByRole('combobox', { name })).getAllByRole('option').map((o) => o.textContent)
    expect(options('Before')).toEqual(['Current state · Current state', 'Transition state · Current state', 'Future: scan at receipt'])
    expect(options('After')).toEqual(options('Before'))
    expect(screen.getByText('Current state · Current state → Future: scan at receipt')).toBeInTheDocument()
    const states = await openStates()
    expect(within(states).getByRole('checkbox', { name: 'Show Transition state · Current state' })).toBeChecked()
    expect(within(within(states).getByRole('combobox', { name: 'Copy of' })).getAllByRole('option').map((o) => o.textContent)).toEqual(options('Before'))
  })

  it('given three panes and the pair current → future, when a fourth state is derived, then before and after stay ticked, the new state shows, the other one is hidden, and the notice says so', async () => {
    openCompared()
    render(<CompareBar />)
    const states = await openStates()
    await userEvent.selectOptions(within(states).getByRole('combobox', { name: 'Copy of' }), 'st_tr')
    await userEvent.click(within(states).getByRole('button', { name: 'Derive state' }))

    const derived = project().states.find((s) => !['st_cur', 'st_tr', 'st_fut'].includes(s.id))!
    expect(choice()!.pair).toEqual({ before: 'st_cur', after: 'st_fut' })
    expect(choice()!.panes).toEqual(['st_cur', derived.id, 'st_fut'])
    expect(within(states).getByRole('checkbox', { name: 'Show Today: paper log' })).toBeChecked()
    expect(within(states).getByRole('checkbox', { name: 'Show Future: scan at receipt' })).toBeChecked()
    expect(within(states).getByRole('checkbox', { name: 'Show Go-live: scanner beside the paper log' })).not.toBeChecked()
    expect(within(states).getByRole('status')).toHaveTextContent(
      '“Transition state” derived. Panes: “Today: paper log”, “Transition state” and “Future: scan at receipt”. “Go-live: scanner beside the paper log” is hidden: tick it to show it again.',
    )
  })

  it('given the pair left to its default, when a future state is derived, then the comparison stays on the future state it was on', async () => {
    openCompared()
    render(<CompareBar />)
    const states = await openStates()
    await userEvent.selectOptions(within(states).getByRole('combobox', { name: 'Phase of the new state' }), 'future')
    await userEvent.click(within(states).getByRole('button', { name: 'Derive state' }))
    expect(screen.getByRole('combobox', { name: 'Before' })).toHaveValue('st_cur')
    expect(screen.getByRole('combobox', { name: 'After' })).toHaveValue('st_fut')
    expect(within(states).getByRole('checkbox', { name: 'Show Today: paper log' })).toBeChecked()
  })
})
