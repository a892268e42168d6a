// Colour is never the only signal of the diff overlay: a step the diff touched carries a mark
// (+, ∆, −) in its corner, and the word for it, which a screen reader reads before the label.
import { render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useStore } from '../../src/store'
import { ProjectView } from '../../src/ui/project/ProjectView'
import { trayReturn } from './compare/helpers'

// Rendering three canvases in jsdom is slow on a busy machine: wait generously, assert no timing.
const patiently = { timeout: 8000 }

afterEach(() => localStorage.clear())

/** The step node labelled `label` in the pane of `stateName`. */
function stepNode(stateName: string, label: string): HTMLElement {
  const pane = screen.getByRole('region', { name: stateName })
  const node = within(pane).getByText(label, { selector: '.step-label' }).closest<HTMLElement>('.react-flow__node')
  if (!node) throw new Error(`no step "${label}" in ${stateName}`)
  return node
}

/** What the step's mark shows, and the word it stands for (read by a screen reader, not shown). */
function markOf(node: HTMLElement): { shown: string; word: string } | null {
  const marker = node.querySelector('.overlay-marker')
  if (!marker) return null
  return {
    shown: [...marker.querySelectorAll('[aria-hidden="true"]')].map((e) => e.textContent).join(''),
    word: marker.querySelector('.visually-hidden')?.textContent ?? '',
  }
}

describe('the marks of the diff overlay on the steps', () => {
  it('given the tray return compared current → future, then added, changed and removed steps each carry their mark and its word, before the label', async () => {
    // given
    useStore.getState().openProject(trayReturn())
    render(<ProjectView />)
    await waitFor(() => expect(stepNode('Future state', 'Scan tray at receipt').querySelector('.overlay-marker')).not.toBeNull(), patiently)

    // then the added step in the future says "Added" with a plus
    const added = stepNode('Future state', 'Scan tray at receipt')
    expect(markOf(added)).toEqual({ shown: '+', word: 'Added' })
    expect(added.textContent!.indexOf('Added')).toBeLessThan(added.textContent!.indexOf('Scan tray at receipt'))

    // and the changed step says "Changed" on both sides
    expect(markOf(stepNode('Future state', 'Send tray down the dirty lift'))).toEqual({ shown: '∆', word: 'Changed' })
    expect(markOf(stepNode('Current state', 'Carry tray to SPD'))).toEqual({ shown: '∆', word: 'Changed' })

    // and the removed step says "Removed" in the current state, and as a ghost in the future
    expect(markOf(stepNode('Current state', 'Write tray in paper log'))).toEqual({ shown: '−', word: 'Removed' })
    expect(markOf(stepNode('Future state', 'Write tray in paper log'))).toEqual({ shown: '−', word: 'Removed' })

    // and a step the diff did not touch carries no mark
    expect(markOf(stepNode('Future state', 'Case ends'))).toBeNull()
  })
})
