import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Repository } from '../../src/persistence'
import { App } from '../../src/ui/App'
import type { AppStorage } from '../../src/ui/shell/storage'
import { readFixture } from '../helpers/fixtures'
import { testDb, type TestDb } from '../persistence/helpers'

describe('leaving a project whose changes could not be saved', () => {
  let t: TestDb
  let storage: AppStorage
  beforeEach(() => {
    window.location.hash = ''
    t = testDb()
    storage = { repo: new Repository({ db: t.db }), examples: [{ name: 'lab.flowstate.json', read: async () => readFixture('shell/import.three-states.flowstate.json') }] }
  })
  afterEach(() => storage.repo.close())

  it('given a full disk, when the user goes back to the list, then they are asked first and can stay', async () => {
    const user = userEvent.setup()
    render(<App storage={storage} />)
    await user.click(await screen.findByRole('button', { name: 'Blood test orders (fixture)' }))
    await screen.findByRole('region', { name: 'Future state' })

    t.failWrites(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    await user.click(screen.getByRole('button', { name: 'Rename project' }))
    await user.type(screen.getByRole('textbox', { name: 'Project name' }), ', workshop{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent(/Export the project now/)

    await user.click(screen.getByRole('button', { name: 'Back to projects' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('heading', { level: 1, name: 'Blood test orders (fixture), workshop' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Back to projects' }))
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave without saving' }))
    t.failWrites(null)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Blood test orders (fixture)' })).toBeInTheDocument())
  }, 20_000) // three React Flow canvases in jsdom are slow on a busy machine
})
