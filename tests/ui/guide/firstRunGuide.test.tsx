import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../../src/ui/App'
import type { AppStorage } from '../../../src/ui/shell/storage'
import { firstStartStorage } from './helpers'

const SP = 'Sterile processing: decontamination to the OR'

describe('the first-run guide on the project list', { timeout: 20_000 }, () => {
  let s: AppStorage
  beforeEach(() => {
    localStorage.clear()
    window.location.hash = ''
    s = firstStartStorage()
  })
  afterEach(() => s.repo.close())

  it('given a first start, then the guide shows its three steps beside the examples', async () => {
    render(<App storage={s} />)

    expect(await screen.findByRole('button', { name: SP })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Lab sample: collection to result' })).toBeInTheDocument()
    const guide = screen.getByRole('region', { name: 'How to use flowstate' })
    const steps = within(guide).getAllByRole('heading', { level: 3 })
    expect(steps).toHaveLength(3)
    for (const [i, name] of ['Step 1: Add a step', 'Step 2: Derive a future state', 'Step 3: Read the diff'].entries()) {
      expect(steps[i]).toHaveAccessibleName(name)
    }
    // The real names of the controls the steps point at.
    expect(guide).toHaveTextContent('Derive state')
    expect(guide).toHaveTextContent('States')
    expect(within(guide).getByRole('button', { name: 'Open the sterile processing example' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'How to use flowstate' })).toBeNull()
  })

  it('when "Got it" is pressed, then the guide goes, the keyboard lands on the button that brings it back, and it stays away after a remount', async () => {
    const user = userEvent.setup()
    const first = render(<App storage={s} />)
    await screen.findByRole('button', { name: SP })

    await user.click(screen.getByRole('button', { name: 'Got it' }))

    expect(screen.queryByRole('region', { name: 'How to use flowstate' })).toBeNull()
    expect(screen.getByRole('button', { name: 'How to use flowstate' })).toHaveFocus()
    first.unmount()
    render(<App storage={s} />)
    expect(await screen.findByRole('button', { name: SP })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'How to use flowstate' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'How to use flowstate' })).toBeNull()
  })

  it('given the guide put away, when "How to use flowstate" is pressed, then it is back and stays back after a remount', async () => {
    const user = userEvent.setup()
    localStorage.setItem('flowstate.guideDismissed', '1')
    const first = render(<App storage={s} />)
    await screen.findByRole('button', { name: SP })

    await user.click(screen.getByRole('button', { name: 'How to use flowstate' }))

    const guide = screen.getByRole('region', { name: 'How to use flowstate' })
    expect(within(guide).getByRole('heading', { level: 2 })).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'How to use flowstate' })).toBeNull()
    first.unmount()
    render(<App storage={s} />)
    await screen.findByRole('button', { name: SP })
    expect(screen.getByRole('region', { name: 'How to use flowstate' })).toBeInTheDocument()
  })

  it('when "Open the sterile processing example" is pressed, then that project opens with its states', async () => {
    const user = userEvent.setup()
    render(<App storage={s} />)
    await screen.findByRole('button', { name: SP })

    await user.click(screen.getByRole('button', { name: 'Open the sterile processing example' }))

    expect(await screen.findByRole('heading', { level: 1, name: SP }, { timeout: 10_000 })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'Current state' })).toBeInTheDocument()
    expect(window.location.hash).toBe('#/project/p_example_sp')
  })

  it('given the sterile processing example deleted, then the guide still shows, without the button that would open it', async () => {
    await s.repo.open()
    const user = userEvent.setup()
    render(<App storage={s} />)
    await screen.findByRole('button', { name: SP })
    await user.click(screen.getByRole('button', { name: `Delete ${SP}` }))
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete project' }))

    await screen.findByRole('button', { name: 'Lab sample: collection to result' })
    await expect.poll(() => screen.queryByRole('button', { name: SP })).toBeNull()
    expect(screen.getByRole('region', { name: 'How to use flowstate' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Open the sterile processing example' })).toBeNull()
  })
})
