import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/ui/App'
import type { AppStorage } from '../../src/ui/shell/storage'

/** Storage as a browser that refuses IndexedDB gives it (a private window, a locked-down profile). */
function refusingStorage(error: unknown): AppStorage {
  const repo = { blocked: false, open: () => Promise.reject(error), onBlocked: () => () => {}, onRemote: () => () => {} }
  return { repo, examples: [] } as unknown as AppStorage
}

describe('storage that will not open', () => {
  it('given a browser that refuses to store data, then the first screen says so in plain words, what to do, and offers Reload', async () => {
    render(<App storage={refusingStorage(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'))} />)

    const heading = await screen.findByRole('heading', { level: 1, name: 'flowstate cannot keep projects in this browser' })
    expect(heading).toHaveFocus()
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Private (incognito) windows and some hospital browser settings turn this off')
    expect(alert).toHaveTextContent('Projects saved here before are not deleted')
    expect(alert).toHaveTextContent('ask IT to allow this site to store data')
    // The browser's words are kept for IT, not in the sentence.
    expect(alert).not.toHaveTextContent('mutation operation')
    expect(screen.getByText(/InvalidStateError: A mutation operation/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
  })

  it('given a full disk at start, then the screen says the computer has no room and how to make some', async () => {
    render(<App storage={refusingStorage(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))} />)

    await screen.findByRole('heading', { level: 1, name: 'This computer has no room left for flowstate' })
    expect(screen.getByRole('alert')).toHaveTextContent('Projects saved here before are not deleted. Make room')
  })
})
