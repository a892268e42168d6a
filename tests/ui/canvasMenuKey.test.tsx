// The canvas's menus from the keyboard: the menu key (or Shift+F10) fires "contextmenu" on the
// focused canvas itself, where a mouse would have fired it on a step or the empty map.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { useStore } from '../../src/store'
import { ProjectView } from '../../src/ui/project/ProjectView'
import { loadProject } from '../helpers/fixtures'

afterEach(() => localStorage.clear())

function canvasOfCurrent(): HTMLElement {
  const pane = screen.getByRole('region', { name: 'Current state' })
  return within(pane).getByLabelText(/swimlane canvas/)
}

describe('the canvas menu from the keyboard', () => {
  it('given a step selected on the focused canvas, when the menu key is pressed, then the step menu opens with the keyboard in it, and Escape gives the keyboard back to the canvas', async () => {
    // given
    useStore.getState().openProject(loadProject('editor/editor.two-states.flowstate.json'))
    render(<ProjectView />)
    act(() => {
      useStore.getState().setActiveState('st_cur')
      useStore.getState().select('st_cur', ['s_pack'])
    })
    const canvas = canvasOfCurrent()
    act(() => canvas.focus())

    // when the key's contextmenu event reaches the canvas
    fireEvent.contextMenu(canvas)

    // then the step's menu is open, its first item has the keyboard
    const menu = screen.getByRole('menu')
    expect(within(menu).getByRole('menuitem', { name: /Add next step/ })).toHaveFocus()
    expect(within(menu).getByRole('menuitem', { name: /Delete/ })).toBeInTheDocument()

    // and Escape closes it, back to the canvas
    await userEvent.setup().keyboard('{Escape}')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(canvas).toHaveFocus()
  })

  it('given nothing selected, when the menu key is pressed on the canvas, then the canvas menu opens', () => {
    useStore.getState().openProject(loadProject('editor/editor.two-states.flowstate.json'))
    render(<ProjectView />)
    const canvas = canvasOfCurrent()
    act(() => canvas.focus())
    fireEvent.contextMenu(canvas)
    expect(within(screen.getByRole('menu')).getByRole('menuitem', { name: /Tidy up/ })).toBeInTheDocument()
  })
})
