import { describe, expect, it } from 'vitest'
import { BLOCKED_MESSAGE, describeStorageError, QUOTA_MESSAGE, SAVE_FAILED_MESSAGE, StorageBlockedError } from '../../src/persistence'
import { ProjectGoneError } from '../../src/persistence/errors'

describe('storage problems in plain words', () => {
  it('given a full disk, however it is wrapped, then it says there is no room and how to make some', () => {
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError') })
    const words = describeStorageError(wrapped)
    expect(words).toMatch(/^This computer has no room left for flowstate to save\./)
    expect(words).toMatch(/ask IT to free up disk space/)
  })

  it('given a newer version in another tab, then it says this tab stopped saving and to export, then reload', () => {
    expect(describeStorageError(new StorageBlockedError())).toBe(BLOCKED_MESSAGE)
    expect(BLOCKED_MESSAGE).toMatch(/stopped saving.*Export the project.*then reload this tab\./)
  })

  it('given a project deleted in another tab, then it names no id', () => {
    expect(describeStorageError(new ProjectGoneError('p_x81'))).toBe('This project no longer exists in this browser: it was deleted in another tab.')
  })

  it('given our own plain error, then its words pass through', () => {
    expect(describeStorageError(new Error('a project needs a name'))).toBe('a project needs a name')
  })

  it('given what IndexedDB threw, then the sentence is plain and the browser’s text comes last, for whoever fixes it', () => {
    const words = describeStorageError(Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }))
    expect(words).toMatch(/^flowstate could not read or write its storage in this browser\. Your saved projects are not deleted\./)
    expect(words).toMatch(/\(Details: DatabaseClosedError: Database has been closed\)$/)
  })

  it('every save problem says whether the work is safe and what to do', () => {
    expect(QUOTA_MESSAGE).toMatch(/kept in this tab.*Export the project now/)
    expect(SAVE_FAILED_MESSAGE).toMatch(/kept in this tab.*export the project now/)
  })
})
