import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newId } from '../../src/domain/model'
import { FlowstateDb, Repository } from '../../src/persistence'
import { App } from '../../src/ui/App'
import type { AppStorage } from '../../src/ui/shell/storage'
import { readFixture } from '../helpers/fixtures'

function storage(examples: AppStorage['examples'] = []): AppStorage {
  return { repo: new Repository({ db: new FlowstateDb(newId('db')) }), examples }
}

const file = (fixture: string, name = fixture.split('/').pop()!) => new File([readFixture(fixture)], name, { type: 'application/json' })

describe('the project list', { timeout: 20_000 }, () => {
  let s: AppStorage
  beforeEach(() => {
    window.location.hash = ''
    s = storage([{ name: 'lab.flowstate.json', read: async () => readFixture('shell/import.three-states.flowstate.json') }])
  })
  afterEach(() => s.repo.close())

  it('given a first start, then the examples are listed', async () => {
    render(<App storage={s} />)
    expect(await screen.findByRole('button', { name: 'Blood test orders (fixture)' })).toBeInTheDocument()
    expect(screen.getByText(/3 states · 19 steps/)).toBeInTheDocument()
  })

  it('when a project is created, then it opens with a current state, and the list shows it first after going back', async () => {
    const user = userEvent.setup()
    render(<App storage={s} />)
    await screen.findByRole('button', { name: 'Blood test orders (fixture)' })

    await user.type(screen.getByLabelText('New project'), 'Tray return')
    await user.click(screen.getByRole('button', { name: 'Create' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Tray return' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Current state' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Back to projects' }))
    const rows = await screen.findAllByRole('listitem')
    expect(within(rows[0]!).getByRole('button', { name: 'Tray return' })).toBeInTheDocument()
  })

  it('renames and duplicates a project in the list', async () => {
    const user = userEvent.setup()
    render(<App storage={s} />)
    await screen.findByRole('button', { name: 'Blood test orders (fixture)' })

    await user.click(screen.getByRole('button', { name: 'Rename Blood test orders (fixture)' }))
    const input = screen.getByRole('textbox', { name: 'New name for Blood test orders (fixture)' })
    await user.clear(input)
    await user.type(input, 'Lab orders{Enter}')
    await user.click(await screen.findByRole('button', { name: 'Duplicate Lab orders' }))

    expect(await screen.findByRole('button', { name: 'Lab orders (copy)' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Lab orders' })).toBeInTheDocument()
  })

  it('deletes a project only after confirmation', async () => {
    const user = userEvent.setup()
    render(<App storage={s} />)
    await screen.findByRole('button', { name: 'Blood test orders (fixture)' })

    await user.click(screen.getByRole('button', { name: 'Delete Blood test orders (fixture)' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “Blood test orders (fixture)”?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('button', { name: 'Blood test orders (fixture)' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Delete Blood test orders (fixture)' }))
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete project' }))

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Blood test orders (fixture)' })).not.toBeInTheDocument())
    expect(await s.repo.list()).toEqual([])
  })

  it('given a file with a broken reference, when it is imported, then its problem is shown and nothing changes', async () => {
    const user = userEvent.setup()
    render(<App storage={s} />)
    await screen.findByRole('button', { name: 'Blood test orders (fixture)' })
    const before = await s.repo.list()

    await user.upload(screen.getByLabelText('Import'), file('shell/import.bad-role.flowstate.json'))

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not import “import.bad-role.flowstate.json”: states[0].steps[1].roleId: no role "r9"')
    expect(await s.repo.list()).toEqual(before)
  })

  it('when a valid file is imported, then it is stored and opened with its three states', async () => {
    const user = userEvent.setup()
    s = storage()
    render(<App storage={s} />)
    await screen.findByText(/No projects yet/)

    await user.upload(screen.getByLabelText('Import'), file('shell/import.three-states.flowstate.json'))

    for (const region of ['Current state', 'Transition state', 'Future state']) {
      expect(await screen.findByRole('region', { name: region })).toBeInTheDocument()
    }
    expect((await s.repo.list()).map((p) => p.name)).toEqual(['Blood test orders (fixture)'])
  })

  it('given a BPMN file with parts flowstate cannot take over, when it is imported, then the project opens and says so exactly once', async () => {
    const user = userEvent.setup()
    s = storage()
    render(<App storage={s} />)
    await screen.findByText(/No projects yet/)

    await user.upload(screen.getByLabelText('Import'), file('bpmn/pools.collaboration.bpmn'))

    const notice = await screen.findByRole('dialog', { name: 'Imported “pools.collaboration.bpmn”' })
    expect(notice).toHaveTextContent('1 message flow to or from a whole pool skipped')
    expect(screen.getAllByRole('dialog')).toHaveLength(1)
    await user.click(within(notice).getByRole('button', { name: 'OK' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('region', { name: 'Current state' })).toBeInTheDocument()
  })
})
