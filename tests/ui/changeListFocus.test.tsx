import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { diffStates } from '../../src/domain/diff'
import { useStore } from '../../src/store'
import { ChangeList } from '../../src/ui/compare/ChangeList'
import { openCompared } from './compare/helpers'

afterEach(() => localStorage.clear())

const steps = () => within(screen.getByRole('region', { name: 'Changes' })).getByRole('region', { name: /^Steps/ })

/** The compare view runs the diff again after an edit (in a worker, debounced); here at once. */
function diffAgain() {
  const project = useStore.getState().project!
  act(() => {
    useStore.getState().setCompareResult({
      projectId: project.id,
      pair: diffStates(project, 'st_cur', 'st_fut'),
      others: { st_tr: diffStates(project, 'st_cur', 'st_tr') },
    })
  })
}

describe('the keyboard after a hand correction of the matcher', () => {
  it('given a removed step linked to an added one from the keyboard, when the diff has run again, then the linked pair has the keyboard', async () => {
    openCompared()
    render(<ChangeList />)
    const removed = within(steps()).getByRole('button', { name: /^Removed: Write tray in paper log/ }).closest('li')!
    await userEvent.click(within(removed).getByRole('button', { name: 'Link Write tray in paper log to a step on the other side' }))
    await userEvent.selectOptions(within(removed).getByRole('combobox', { name: 'Same step as Write tray in paper log' }), 'f_scan')

    diffAgain()

    expect(document.activeElement).toBe(within(steps()).getByRole('button', { name: /^Changed: Write tray in paper log → Scan tray at receipt/ }))
  })

  it('given a pair unlinked from the keyboard, when the diff has run again, then the step shown as removed has the keyboard', async () => {
    openCompared()
    render(<ChangeList />)
    within(steps()).getByRole('button', { name: 'Unlink Carry tray to SPD → Send tray down the dirty lift' }).focus()
    await userEvent.keyboard('{Enter}')

    diffAgain()

    expect(document.activeElement).toBe(within(steps()).getByRole('button', { name: /^Removed: Carry tray to SPD/ }))
  })
})
