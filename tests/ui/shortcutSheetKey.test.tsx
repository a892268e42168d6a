// "?" opens the sheet of keyboard shortcuts from anywhere in a project, except where "?" is text.
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { useStore } from '../../src/store'
import { ProjectView } from '../../src/ui/project/ProjectView'
import { loadProject } from '../helpers/fixtures'

afterEach(() => localStorage.clear())

const sheet = () => screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })

function openTwoStates(): void {
  useStore.getState().openProject(loadProject('editor/editor.two-states.flowstate.json'))
  render(<ProjectView />)
}

describe('the keyboard shortcut sheet', () => {
  it('given a project open with the keyboard on the page, when ? is pressed, then the sheet opens with the keyboard in it, lists ? itself, and Escape closes it', async () => {
    // given
    openTwoStates()
    const user = userEvent.setup()
    expect(sheet()).toBeNull()

    // when
    await user.keyboard('?')

    // then the sheet is open and has the keyboard
    const dialog = sheet()!
    expect(dialog).toBeInTheDocument()
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
    const row = within(dialog).getByText('Keyboard shortcuts', { selector: 'dt' }).parentElement!
    expect(within(row).getByText('?', { selector: 'kbd' })).toBeInTheDocument()

    // and Escape closes it
    await user.keyboard('{Escape}')
    expect(sheet()).toBeNull()
  })

  it('given the sheet opened from the Shortcuts button, when it is closed with Escape, then the keyboard is back on the button', async () => {
    openTwoStates()
    const user = userEvent.setup()
    const button = screen.getByRole('button', { name: 'Shortcuts' })
    await user.click(button)
    expect(sheet()).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(sheet()).toBeNull()
    expect(button).toHaveFocus()
  })

  it('given a step label being typed in the properties panel, when ? is typed, then it goes into the label and no sheet opens', async () => {
    // given "Pack used instruments" selected, its label field in the panel
    openTwoStates()
    act(() => {
      useStore.getState().setActiveState('st_cur')
      useStore.getState().select('st_cur', ['s_pack'])
    })
    const user = userEvent.setup()
    const label = screen.getByLabelText('Label')

    // when
    await user.click(label)
    await user.keyboard('{End}?')

    // then
    expect(label).toHaveValue('Pack used instruments?')
    expect(sheet()).toBeNull()
  })
})
