import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { useStore } from '../../../src/store'
import { App } from '../../../src/ui/App'
import { loadProject } from '../../helpers/fixtures'

describe('the guide in the project view', { timeout: 20_000 }, () => {
  it('when Guide is pressed, then the three steps show beside the maps; Escape or Close puts them away and the keyboard returns to Guide', async () => {
    const user = userEvent.setup()
    useStore.getState().openProject(loadProject())
    render(<App />)
    const guide = await screen.findByRole('button', { name: 'Guide' }, { timeout: 10_000 })
    expect(guide).toHaveAttribute('aria-expanded', 'false')

    await user.click(guide)
    const panel = screen.getByRole('region', { name: 'How to use flowstate' })
    expect(within(panel).getAllByRole('heading', { level: 3 })).toHaveLength(3)
    expect(guide).toHaveAttribute('aria-expanded', 'true')
    // The maps stay in reach: the panel is not a dialog.
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('region', { name: 'Current state' })).toBeInTheDocument()

    await user.click(within(panel).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('region', { name: 'How to use flowstate' })).toBeNull()
    expect(guide).toHaveFocus()

    await user.keyboard('{Enter}')
    expect(screen.getByRole('region', { name: 'How to use flowstate' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('region', { name: 'How to use flowstate' })).toBeNull()
    expect(guide).toHaveFocus()
  })
})
