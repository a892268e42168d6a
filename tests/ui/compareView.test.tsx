import { render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

// Rendering three canvases in jsdom is slow on a busy machine: wait generously, assert no timing.
const patiently = { timeout: 8000 }
import { useStore } from '../../src/store'
import { ProjectView } from '../../src/ui/project/ProjectView'
import { trayReturn } from './compare/helpers'

afterEach(() => localStorage.clear())

const steps = () => within(screen.getByRole('region', { name: 'Changes' })).getByRole('region', { name: /^Steps/ })

describe('the compare view', () => {
  it('given a project with three states, then it shows them side by side, compares current with future and lists the changes', async () => {
    useStore.getState().openProject(trayReturn())
    render(<ProjectView />)
    for (const name of ['Current state', 'Transition state', 'Future state']) expect(screen.getByRole('region', { name })).toBeInTheDocument()
    await waitFor(() => expect(within(steps()).getByRole('button', { name: 'Added: Scan tray at receipt, SPD technician' })).toBeInTheDocument(), patiently)
    expect(screen.getByRole('list', { name: 'Metrics of Future: scan at receipt' })).toBeInTheDocument()
  })

  it('given the compare view, when a step is relabelled, then the change list follows the edit', async () => {
    useStore.getState().openProject(trayReturn())
    render(<ProjectView />)
    await waitFor(() => expect(within(steps()).getByRole('button', { name: /^Added: Scan tray at receipt/ })).toBeInTheDocument(), patiently)
    useStore.getState().dispatch({ type: 'step.update', stateId: 'st_fut', stepId: 'f_scan', changes: { label: 'Scan tray at the dirty lift' } })
    await waitFor(() => expect(within(steps()).getByRole('button', { name: /^Added: Scan tray at the dirty lift/ })).toBeInTheDocument(), patiently)
  })

  it('given a hand link, when it is undone, then the diff goes back to what the matcher found', async () => {
    useStore.getState().openProject(trayReturn())
    render(<ProjectView />)
    await waitFor(() => expect(within(steps()).getAllByRole('button', { name: /^Removed:/ })).toHaveLength(2), patiently)
    useStore.getState().dispatch({ type: 'match.link', id: 'mo_1', beforeStepId: 'c_log', afterStepId: 'f_scan' })
    await waitFor(() => expect(within(steps()).getAllByRole('button', { name: /^Removed:/ })).toHaveLength(1), patiently)
    expect(within(steps()).getByRole('button', { name: /^Changed: Write tray in paper log → Scan tray at receipt.*matched: linked by hand$/ })).toBeInTheDocument()
    useStore.getState().undo()
    await waitFor(() => expect(within(steps()).getAllByRole('button', { name: /^Removed:/ })).toHaveLength(2), patiently)
  })

  it('given only a current state, then the change list asks for a second state', () => {
    const project = trayReturn()
    useStore.getState().openProject({ ...project, states: project.states.slice(0, 1) })
    render(<ProjectView />)
    expect(within(screen.getByRole('region', { name: 'Changes' })).getByText(/Add a second state/)).toBeInTheDocument()
  })
})
