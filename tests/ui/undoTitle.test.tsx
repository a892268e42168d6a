import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useStore } from '../../src/store'
import { EditToolbar } from '../../src/ui/actions/EditToolbar'
import { loadProject } from '../helpers/fixtures'

describe('the Undo and Redo tooltips', () => {
  it('given a state was derived, then Undo says "Undo derive state" and, once undone, Redo says "Redo derive state"', () => {
    const project = loadProject()
    useStore.getState().openProject(project)
    useStore.getState().dispatch({ type: 'state.derive', sourceId: project.states[0]!.id, stateId: 'st_new', phase: 'transition', name: 'Transition state' })
    render(<EditToolbar />)
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo derive state (Ctrl+Z)')

    act(() => useStore.getState().undo())
    expect(screen.getByRole('button', { name: 'Redo' })).toHaveAttribute('title', 'Redo derive state (Ctrl+Shift+Z)')
  })
})
