import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runAction } from '../../../src/ui/actions/run'
import { Presentation, usePresentation } from '../../../src/ui/present'
import { openCompared } from '../compare/helpers'

afterEach(() => localStorage.clear())

const stage = () => screen.getByRole('dialog', { name: 'Presentation: Tray return, Current state → Future state' })
const counter = () => stage().querySelector('.present-count')!.textContent
const press = (key: string, init: KeyboardEventInit = {}) => act(() => void fireEvent.keyDown(document.activeElement ?? document.body, { key, ...init }))

describe('presentation mode', () => {
  it('given the tray return compared, when presented, then the overview shows first and the keys step through the changes', () => {
    openCompared()
    render(<Presentation onLeave={() => {}} />)
    expect(counter()).toBe('Overview · 9 changes')
    expect(within(stage()).getByRole('heading', { level: 1 })).toHaveTextContent('Current state → Future state')
    expect(within(stage()).getByRole('region', { name: 'Before: Today: paper log' })).toBeInTheDocument()
    expect(within(stage()).getByRole('region', { name: 'After: Future: scan at receipt' })).toBeInTheDocument()

    press('ArrowRight')
    expect(counter()).toBe('1 of 9')
    expect(stage().querySelector('.present-title')).toHaveTextContent('Scan tray at receipt')
    press('PageDown')
    press(' ')
    expect(counter()).toBe('3 of 9')
    press('ArrowLeft')
    expect(counter()).toBe('2 of 9')
    press('End')
    expect(counter()).toBe('9 of 9')
    expect(stage().querySelector('.present-title')).toHaveTextContent('Tray ID')
    press('PageUp')
    expect(counter()).toBe('8 of 9')
    press('Home')
    expect(counter()).toBe('Overview · 9 changes')
  })

  it('given a change on show, then its words are announced and its step is ringed in the pane where it is', () => {
    openCompared()
    render(<Presentation onLeave={() => {}} />)
    press('ArrowRight')
    const caption = stage().querySelector('.present-caption')!
    expect(caption).toHaveAttribute('aria-live', 'polite')
    expect(caption).toHaveTextContent('1 of 9 · StepsAdded: Scan tray at receiptSPD technician')
    const after = within(stage()).getByRole('region', { name: /^After/ })
    expect(after.querySelector('.react-flow__node[data-id="f_scan"]')).toHaveClass('is-spotlit')
    expect(within(stage()).getByRole('region', { name: /^Before/ })).toHaveTextContent('Not in this state')
  })

  it('given the presentation on, then no key reaches the editor underneath, and Escape or the Leave button leaves', async () => {
    openCompared()
    const onLeave = vi.fn()
    const editorKeys = vi.fn()
    window.addEventListener('keydown', editorKeys)
    render(<Presentation onLeave={onLeave} />)
    press('z', { ctrlKey: true })
    press('Enter')
    expect(editorKeys).not.toHaveBeenCalled()
    press('Escape')
    expect(onLeave).toHaveBeenCalledTimes(1)
    await userEvent.click(within(stage()).getByRole('button', { name: 'Leave presentation' }))
    expect(onLeave).toHaveBeenCalledTimes(2)
    window.removeEventListener('keydown', editorKeys)
  })

  it('given the Previous and Next buttons, then a mouse steps too, and each end disables its button', async () => {
    openCompared()
    render(<Presentation onLeave={() => {}} />)
    expect(within(stage()).getByRole('button', { name: 'Previous change' })).toBeDisabled()
    await userEvent.click(within(stage()).getByRole('button', { name: 'Next change' }))
    expect(counter()).toBe('1 of 9')
    press('End')
    expect(within(stage()).getByRole('button', { name: 'Next change' })).toBeDisabled()
  })

  it('given the project view, when the Present action runs, then it is presenting until left', () => {
    openCompared()
    function Host() {
      const { presenting, leave } = usePresentation()
      return presenting ? <Presentation onLeave={leave} /> : <p>editing</p>
    }
    render(<Host />)
    expect(screen.queryByRole('dialog')).toBeNull()
    act(() => void runAction('view.present'))
    expect(stage()).toBeInTheDocument()
    press('Escape')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByText('editing')).toBeInTheDocument()
  })
})
