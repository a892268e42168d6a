import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { useStore } from '../../src/store'
import { App } from '../../src/ui/App'
import { loadProject } from '../helpers/fixtures'

describe('closing and reopening the properties panel', () => {
  it('given a selected step with its properties shown, when the panel is closed, then it stays closed and the Properties button brings it back with the step', async () => {
    // given the tray-return project with "Pack used instruments" selected
    useStore.getState().openProject(loadProject('editor/editor.two-states.flowstate.json'))
    render(<App />)
    await screen.findByRole('region', { name: 'Current state' }, { timeout: 10_000 })
    act(() => {
      useStore.getState().setActiveState('st_cur')
      useStore.getState().select('st_cur', ['s_pack'])
    })
    const user = userEvent.setup()
    expect(screen.getByRole('complementary', { name: 'Properties' })).toBeInTheDocument()
    expect(screen.getByLabelText('Label')).toHaveValue('Pack used instruments')

    // when it is closed
    await user.click(screen.getByRole('button', { name: 'Close the properties panel' }))
    expect(screen.queryByRole('complementary', { name: 'Properties' })).toBeNull()
    // and another step is selected, it stays closed: the map keeps the room
    act(() => useStore.getState().select('st_cur', ['s_carry']))
    expect(screen.queryByRole('complementary', { name: 'Properties' })).toBeNull()

    // then the Properties button, always in the bar above the panes, says it is closed and reopens it
    const toggle = screen.getByRole('button', { name: /Properties/ })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(screen.getByRole('complementary', { name: 'Properties' })).toBeInTheDocument()
    expect(screen.getByLabelText('Label')).toHaveValue('Carry tray to SPD')
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
  })
})
