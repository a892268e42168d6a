// Its own file: the guide keeps a choice that localStorage refused in memory for the page, and
// vitest gives each file fresh modules, so that memory does not reach the other guide tests.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../src/ui/App'
import { firstStartStorage } from './helpers'

describe('the first-run guide in a browser that refuses localStorage', { timeout: 20_000 }, () => {
  afterEach(() => vi.restoreAllMocks())

  it('given every localStorage call throwing, then the list and the guide work, and "Got it" hides the guide for this page', async () => {
    const refused = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(refused)
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(refused)
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(refused)
    window.location.hash = ''
    const s = firstStartStorage()
    const user = userEvent.setup()
    render(<App storage={s} />)

    expect(await screen.findByRole('button', { name: 'Sterile processing: decontamination to the OR' })).toBeInTheDocument()
    const guide = screen.getByRole('region', { name: 'How to use flowstate' })
    await user.click(within(guide).getByRole('button', { name: 'Got it' }))
    expect(screen.queryByRole('region', { name: 'How to use flowstate' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'How to use flowstate' }))
    expect(screen.getByRole('region', { name: 'How to use flowstate' })).toBeInTheDocument()
    expect(Storage.prototype.setItem).toHaveBeenCalled()
    s.repo.close()
  })
})
