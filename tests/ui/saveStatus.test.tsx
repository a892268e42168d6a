import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BLOCKED_MESSAGE, QUOTA_MESSAGE, type ProjectSession, type SaveStatus as Status } from '../../src/persistence'
import { SaveStatus } from '../../src/ui/shell/SaveStatus'

/** A session that only reports a fixed status. */
const reporting = (status: Status) => ({ getStatus: () => status, subscribe: () => () => {} }) as unknown as ProjectSession

describe('the save status', () => {
  it('says "Saved" once everything is stored, and "Saving…" while changes wait', () => {
    const { rerender } = render(<SaveStatus session={reporting({ kind: 'saved', at: '2026-11-28T10:00:00.000Z' })} />)
    expect(screen.getByRole('status')).toHaveTextContent('Saved')
    rerender(<SaveStatus session={reporting({ kind: 'saving' })} />)
    expect(screen.getByRole('status')).toHaveTextContent('Saving…')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('given a full disk, then it alerts the user and tells them to export the project', () => {
    render(<SaveStatus session={reporting({ kind: 'error', reason: 'quota', message: QUOTA_MESSAGE })} />)
    expect(screen.getByRole('status')).toHaveTextContent('Not saved')
    expect(screen.getByRole('alert')).toHaveTextContent(/Export the project now/)
  })

  it('given a newer version in another tab, then it says to reload this tab', () => {
    render(<SaveStatus session={reporting({ kind: 'blocked', message: BLOCKED_MESSAGE })} />)
    expect(screen.getByRole('alert')).toHaveTextContent('flowstate was updated in another tab — reload this tab')
  })
})
