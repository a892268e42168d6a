import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useStore } from '../../src/store'
import { App } from '../../src/ui/App'
import { loadProject } from '../helpers/fixtures'

describe('the project view', () => {
  it('shows each state as a region named after its phase, with its steps', () => {
    useStore.getState().openProject(loadProject())
    render(<App />)
    const region = screen.getByRole('region', { name: 'Current state' })
    expect(within(region).getByText('Pack used instruments')).toBeInTheDocument()
    expect(within(region).getByText('SPD technician')).toBeInTheDocument()
  })
})
