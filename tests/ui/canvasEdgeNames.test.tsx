import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useStore } from '../../src/store'
import { StatePane } from '../../src/ui/canvas/StatePane'
import { loadProject } from '../helpers/fixtures'

const edgeNames = () => [...document.querySelectorAll('.react-flow__edge')].map((e) => e.getAttribute('aria-label'))

describe('the flows on the canvas, for a screen reader', () => {
  it('given the tray-return state, then each flow is named by the labels of the steps it connects, with its branch name', async () => {
    // given the tray-return project's current state on its canvas
    useStore.getState().openProject(loadProject('editor/editor.two-states.flowstate.json'))
    render(<StatePane stateId="st_cur" />)
    await screen.findByText('Tray complete?')
    // then the flows read as the steps they connect, never as ids
    expect(edgeNames()).toContain('Flow from Case ends to Pack used instruments')
    expect(edgeNames()).toContain('Flow from Tray complete? to Pack used instruments, labelled no')
    expect(edgeNames().join(' ')).not.toMatch(/s_\w+/)
  })

  it('given a flow, when one of its steps is relabelled, then the flow is named by the new label', async () => {
    useStore.getState().openProject(loadProject('editor/editor.two-states.flowstate.json'))
    render(<StatePane stateId="st_cur" />)
    await screen.findByText('Case ends')
    // when the first step is renamed
    act(() => {
      useStore.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_start', changes: { label: 'Surgery ends' } })
    })
    // then its flow says so
    expect(edgeNames()).toContain('Flow from Surgery ends to Pack used instruments')
    expect(edgeNames()).not.toContain('Flow from Case ends to Pack used instruments')
  })
})
