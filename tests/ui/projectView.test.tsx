import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useStore } from '../../src/store'
import { App } from '../../src/ui/App'
import { loadProject } from '../helpers/fixtures'

describe('the project view', () => {
  it('shows each state as a region named after its phase, with its steps', async () => {
    useStore.getState().openProject(loadProject())
    render(<App />)
    // The editor is its own chunk, loaded when a project is open.
    const region = await screen.findByRole('region', { name: 'Current state' }, { timeout: 10_000 })
    expect(await within(region).findByText('Pack used instruments')).toBeInTheDocument()
    expect(within(region).getByText('SPD technician')).toBeInTheDocument()
  })
})
