// A lane's tools are one tab stop (rename); the arrows reach move and remove, skipping what is disabled.
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { useStore } from '../../src/store'
import { ProjectView } from '../../src/ui/project/ProjectView'
import { loadProject } from '../helpers/fixtures'

afterEach(() => localStorage.clear())

describe("a lane's tools from the keyboard", () => {
  it('given the first lane of the current state, then only its rename button is a tab stop, and → ← End Home move between its enabled tools without moving the selection', async () => {
    // given
    useStore.getState().openProject(loadProject('editor/editor.two-states.flowstate.json'))
    render(<ProjectView />)
    const pane = screen.getByRole('region', { name: 'Current state' })
    const tools = within(pane).getByRole('toolbar', { name: 'Lane OR nurse' })
    const [rename, up, down, remove] = within(tools).getAllByRole('button')
    expect(within(tools).getAllByRole('button').filter((b) => b.tabIndex === 0)).toEqual([rename])
    expect(up).toBeDisabled() // the first lane cannot move up
    const user = userEvent.setup()

    // when
    act(() => rename!.focus())
    await user.keyboard('{ArrowRight}')
    // then the disabled "up" is skipped
    expect(down).toHaveFocus()
    await user.keyboard('{End}')
    expect(remove).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(rename).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(remove).toHaveFocus()
    await user.keyboard('{Home}')
    expect(rename).toHaveFocus()
    // and the canvas did not take the arrows as moves of its selection
    expect(useStore.getState().selection['st_cur'] ?? []).toEqual([])
  })
})
