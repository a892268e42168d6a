import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createUpdateOffer, type UpdateOffer } from '../../src/ui/shell/offlineWorker'
import { UpdateNotice } from '../../src/ui/shell/UpdateNotice'

/** An offer the test controls: `newBuild()` is a newer build's worker installed and waiting. */
function fakeOffer() {
  const listeners = new Set<() => void>()
  let found = 0
  const offer: UpdateOffer & { newBuild(): void } = {
    getSnapshot: () => found,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    apply: vi.fn(),
    newBuild() {
      found++
      act(() => listeners.forEach((l) => l()))
    },
  }
  return offer
}

/** The open project's autosave: `stored` says whether a flush manages to store what is pending. */
function fakeSession(stored: boolean) {
  const session = { hasPending: true, flush: vi.fn(async () => void (session.hasPending = !stored)) }
  return session
}

const notice = () => screen.queryByRole('status')

describe('the update notice', () => {
  it('given no newer build, then nothing is shown', () => {
    render(<UpdateNotice session={undefined} offer={fakeOffer()} />)
    expect(notice()).toBeNull()
  })

  it('given a newer build waiting, then a polite notice offers it and nothing is applied until Reload is clicked', async () => {
    const offer = fakeOffer()
    render(<UpdateNotice session={undefined} offer={offer} />)
    offer.newBuild()

    expect(notice()).toHaveTextContent('A new version of flowstate is ready')
    expect(offer.apply).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }))
    expect(offer.apply).toHaveBeenCalledTimes(1)
  })

  it('given an open project with a change not yet written, when Reload is clicked, then the change is stored before the newer build is applied', async () => {
    const offer = fakeOffer()
    const session = fakeSession(true)
    render(<UpdateNotice session={session} offer={offer} />)
    offer.newBuild()

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }))

    expect(session.flush).toHaveBeenCalled()
    expect(session.hasPending).toBe(false)
    expect(offer.apply).toHaveBeenCalledTimes(1)
  })

  it('given a change that cannot be stored (a full disk), when Reload is clicked, then the page stays and says why', async () => {
    const offer = fakeOffer()
    render(<UpdateNotice session={fakeSession(false)} offer={offer} />)
    offer.newBuild()

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }))

    expect(offer.apply).not.toHaveBeenCalled()
    expect(notice()).toHaveTextContent('Your latest changes are not saved yet, so the page has not reloaded')
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled()
  })

  it('given the notice put off with Not now, when a later build arrives, then it is offered again', async () => {
    const offer = fakeOffer()
    render(<UpdateNotice session={undefined} offer={offer} />)
    offer.newBuild()

    await userEvent.click(screen.getByRole('button', { name: 'Not now' }))
    expect(notice()).toBeNull()

    offer.newBuild()
    expect(notice()).toHaveTextContent('A new version of flowstate is ready')
  })
})

/** The page's worker container, reduced to what the offer uses, with the events a browser sends. */
function fakeContainer(controlled: boolean) {
  const events = new EventTarget()
  const registration = Object.assign(new EventTarget(), { waiting: null as unknown, active: null as unknown, installing: null as unknown, update: vi.fn(async () => {}) })
  const container = {
    controller: controlled ? ({} as ServiceWorker) : null,
    register: vi.fn(async () => registration as unknown as ServiceWorkerRegistration),
    addEventListener: events.addEventListener.bind(events),
  }
  const worker = () => Object.assign(new EventTarget(), { state: 'installing', postMessage: vi.fn() }) as unknown as ServiceWorker & { state: string; postMessage: ReturnType<typeof vi.fn> }
  /** A worker of the build at `registration` installs; `withOlder`: while an older one is active. */
  const install = (withOlder: boolean) => {
    const w = worker()
    registration.active = withOlder ? {} : null
    registration.installing = w
    registration.dispatchEvent(new Event('updatefound'))
    w.state = 'installed'
    w.dispatchEvent(new Event('statechange'))
    return w
  }
  return { container, install, controllerChange: () => events.dispatchEvent(new Event('controllerchange')) }
}

describe('the offer of a newer build', () => {
  it('given the first visit, when the worker installs and claims the page, then nothing is offered and nothing reloads', async () => {
    const { container, install, controllerChange } = fakeContainer(false)
    const reload = vi.fn()
    const offer = createUpdateOffer(container, reload)
    await offer.register('./sw.js')

    install(false)
    controllerChange()

    expect(offer.getSnapshot()).toBe(0)
    expect(reload).not.toHaveBeenCalled()
  })

  it('given a page run by an older build, when a newer worker is installed, then it is offered and waits; on apply it is told to take over and the page reloads once it has, once', async () => {
    const { container, install, controllerChange } = fakeContainer(true)
    const reload = vi.fn()
    const offer = createUpdateOffer(container, reload)
    await offer.register('./sw.js')

    const newer = install(true)
    expect(offer.getSnapshot()).toBe(1)
    expect(newer.postMessage).not.toHaveBeenCalled()

    offer.apply()
    expect(newer.postMessage).toHaveBeenCalledWith({ type: 'take-over' })
    expect(reload).not.toHaveBeenCalled()
    controllerChange()
    controllerChange()
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('given another tab let the newer build take over, then this page is offered a reload but does not reload by itself', async () => {
    const { container, controllerChange } = fakeContainer(true)
    const reload = vi.fn()
    const offer = createUpdateOffer(container, reload)
    await offer.register('./sw.js')

    controllerChange()

    expect(offer.getSnapshot()).toBe(1)
    expect(reload).not.toHaveBeenCalled()
    offer.apply()
    expect(reload).toHaveBeenCalledTimes(1)
  })
})
