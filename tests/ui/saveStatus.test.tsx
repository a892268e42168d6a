import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BLOCKED_MESSAGE, QUOTA_MESSAGE, type ProjectSession, type SaveStatus as Status } from '../../src/persistence'
import { useStore } from '../../src/store'
import { SaveProblem, SaveStatus } from '../../src/ui/shell/SaveStatus'
import { loadProject } from '../helpers/fixtures'

/** A session that only reports a fixed status. */
const reporting = (status: Status, hasPending = false) =>
  ({ getStatus: () => status, subscribe: () => () => {}, hasPending, updatedAt: '2026-11-28T10:00:00.000Z' }) as unknown as ProjectSession

const FULL: Status = { kind: 'error', reason: 'quota', message: QUOTA_MESSAGE }

describe('the save status', () => {
  afterEach(() => vi.restoreAllMocks())

  it('says "Saved" once everything is stored, and "Saving…" while changes wait', () => {
    const { rerender } = render(<SaveStatus session={reporting({ kind: 'saved', at: '2026-11-28T10:00:00.000Z' })} />)
    expect(screen.getByRole('status')).toHaveTextContent('Saved')
    rerender(<SaveStatus session={reporting({ kind: 'saving' })} />)
    expect(screen.getByRole('status')).toHaveTextContent('Saving…')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('given a full disk, then the header says only "Not saved": the message is not in the header row', () => {
    render(<SaveStatus session={reporting(FULL)} />)
    expect(screen.getByRole('status')).toHaveTextContent(/^Not saved$/)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('given a full disk, then the problem row alerts the user, tells them to export, and its button downloads the project file with the unsaved changes', async () => {
    const user = userEvent.setup()
    const project = loadProject()
    useStore.getState().openProject({ ...project, name: 'Tray return, unsaved' })
    const blobs: Blob[] = []
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:project'))
    URL.revokeObjectURL = vi.fn()
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })

    render(<SaveProblem session={reporting(FULL, true)} />)
    expect(screen.getByRole('alert')).toHaveTextContent(/Export the project now/)
    await user.click(screen.getByRole('button', { name: 'Export project file' }))

    expect(clicked).toEqual(['tray-return-unsaved.flowstate.json'])
    const file = JSON.parse(await blobs[0]!.text())
    expect(file.name).toBe('Tray return, unsaved')
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded tray-return-unsaved.flowstate.json')
  })

  it('given a newer version in another tab, then the problem row says to reload this tab', () => {
    render(<SaveProblem session={reporting({ kind: 'blocked', message: BLOCKED_MESSAGE })} />)
    expect(screen.getByRole('alert')).toHaveTextContent('A newer version of flowstate is open in another tab, so this tab has stopped saving')
    expect(screen.getByRole('alert')).toHaveTextContent(/Export the project .*, then reload this tab\./)
  })

  it('shows no problem row while saving works', () => {
    const { container } = render(<SaveProblem session={reporting({ kind: 'saving' })} />)
    expect(container).toBeEmptyDOMElement()
  })
})
