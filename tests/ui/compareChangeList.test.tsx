import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { diffStates } from '../../src/domain/diff'
import { useStore } from '../../src/store'
import { ChangeList } from '../../src/ui/compare/ChangeList'
import { openCompared } from './compare/helpers'

afterEach(() => localStorage.clear())

const changes = () => screen.getByRole('region', { name: 'Changes' })
const group = (name: RegExp) => within(changes()).getByRole('region', { name })

describe('the change list', () => {
  it('given the tray return compared current → future, then it lists steps, handoffs, duplicate documentation and roles', () => {
    openCompared()
    render(<ChangeList />)
    expect(within(changes()).getByText('Today: paper log → Future: scan at receipt')).toBeInTheDocument()

    const steps = group(/^Steps/)
    const items = within(steps).getAllByRole('listitem').map((li) => within(li).getAllByRole('button')[0]!.getAttribute('aria-label'))
    expect(items).toEqual([
      'Added: Scan tray at receipt, SPD technician',
      'Removed: Tray waits at dock, Porter',
      'Removed: Write tray in paper log, SPD technician',
      'Changed: Pack used instruments, changed documentation',
      'Reassigned: Carry tray to SPD → Send tray down the dirty lift, Porter → OR nurse · changed label, role, touch time',
    ])

    const handoffs = within(group(/^Handoffs/)).getAllByRole('button', { name: /handoff/i }).map((b) => b.getAttribute('aria-label'))
    expect(handoffs).toEqual([
      'New handoff: OR nurse → SPD technician, Send tray down the dirty lift → Scan tray at receipt',
      'Handoff gone: OR nurse → Porter, Pack used instruments → Carry tray to SPD',
      'Handoff gone: Porter → SPD technician, Tray waits at dock → Write tray in paper log',
    ])

    expect(within(group(/^Duplicate documentation/)).getByRole('button', { name: /^Resolved: Tray ID/ })).toHaveAccessibleName('Resolved: Tray ID, by hand 2× in Paper log')
    const roles = group(/^Roles: who must adapt/)
    expect(within(roles).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['OR nurse', 'Porter', 'SPD technician'])
  })

  it('given a reassigned step, when it is clicked, then it is selected in every pane, by lineage in the transition state', async () => {
    openCompared()
    render(<ChangeList />)
    await userEvent.click(within(group(/^Steps/)).getByRole('button', { name: /^Reassigned/ }))
    expect(useStore.getState().selection).toEqual({ st_cur: ['c_carry'], st_tr: ['t_carry'], st_fut: ['f_carry'] })
    expect(useStore.getState().activeStateId).toBe('st_fut')
    expect(within(group(/^Steps/)).getByRole('button', { name: /^Reassigned/ })).toHaveAttribute('aria-current', 'true')
  })

  it('given a removed step, when it is clicked, then only the before side and its lineage are selected', async () => {
    openCompared()
    render(<ChangeList />)
    await userEvent.click(within(group(/^Steps/)).getByRole('button', { name: /^Removed: Write tray in paper log/ }))
    expect(useStore.getState().selection).toEqual({ st_cur: ['c_log'], st_tr: ['t_log'], st_fut: [] })
    // Its properties show beside the panes: the before side is where it lives.
    expect(useStore.getState().activeStateId).toBe('st_cur')
  })

  it('given a lost handoff, when it is clicked, then both of its steps are selected, on each side where they still exist', async () => {
    openCompared()
    render(<ChangeList />)
    await userEvent.click(within(group(/^Handoffs/)).getByRole('button', { name: /^Handoff gone: OR nurse → Porter/ }))
    expect(useStore.getState().selection).toEqual({ st_cur: ['c_pack', 'c_carry'], st_tr: ['t_pack', 't_carry'], st_fut: ['f_pack', 'f_carry'] })
  })

  it('given a removed step the matcher missed, when it is linked to the added step, then the link is stored, undoably', async () => {
    const project = openCompared()
    render(<ChangeList />)
    const removed = within(group(/^Steps/)).getByRole('button', { name: /^Removed: Write tray in paper log/ }).closest('li')!
    await userEvent.click(within(removed).getByRole('button', { name: 'Link Write tray in paper log to a step on the other side' }))
    // The picker is a row of its own under the change, not laid over it: the step's name stays in view.
    const picker = within(removed).getByRole('combobox', { name: 'Same step as Write tray in paper log' })
    expect(picker.closest('.change-actions')).toBeNull()
    expect(removed.querySelector('.change-main')!.compareDocumentPosition(picker) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    await userEvent.selectOptions(picker, 'f_scan')
    expect(useStore.getState().project!.matchOverrides).toEqual([{ id: expect.any(String), kind: 'link', beforeStepId: 'c_log', afterStepId: 'f_scan' }])
    useStore.getState().undo()
    expect(useStore.getState().project).toEqual(project)
  })

  it('given a pair the matcher joined, when it is unlinked, then an unlink is stored', async () => {
    openCompared()
    render(<ChangeList />)
    await userEvent.click(within(group(/^Steps/)).getByRole('button', { name: 'Unlink Carry tray to SPD → Send tray down the dirty lift' }))
    expect(useStore.getState().project!.matchOverrides).toEqual([{ id: expect.any(String), kind: 'unlink', beforeStepId: 'c_carry', afterStepId: 'f_carry' }])
  })

  it('folds to a narrow rail that keeps its name, and opens again', async () => {
    openCompared()
    render(<ChangeList />)
    await userEvent.click(screen.getByRole('button', { name: 'Hide the change list' }))
    expect(within(changes()).queryByRole('region')).toBeNull()
    await userEvent.click(within(changes()).getByRole('button', { name: /Changes · 5 steps/ }))
    expect(group(/^Steps/)).toBeInTheDocument()
  })

  it('given a freshly derived copy compared with its source, then it says nothing changed', () => {
    const project = openCompared()
    useStore.getState().dispatch({ type: 'state.derive', sourceId: 'st_cur', stateId: 'st_copy', phase: 'future', name: 'Copy' })
    useStore.getState().setComparePair(project.id, { before: 'st_cur', after: 'st_copy' })
    const doc = useStore.getState().project!
    useStore.getState().setCompareResult({ projectId: doc.id, pair: diffStates(doc, 'st_cur', 'st_copy'), others: {} })
    render(<ChangeList />)
    expect(within(changes()).getByText('No changes: these two states are the same workflow.')).toBeInTheDocument()
    expect(within(group(/^Steps/)).getByText('No step added, removed or changed.')).toBeInTheDocument()
  })
})
