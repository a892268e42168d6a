import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { lazy, Suspense } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseProjectText, type Project } from '../../src/domain/model'
import { useStore } from '../../src/store'
import { App } from '../../src/ui/App'
import { ProjectView } from '../../src/ui/project/ProjectView'
import { AppBoundary } from '../../src/ui/shell/RecoveryScreen'
import { loadProject } from '../helpers/fixtures'

// Faults switched on by each test: the map of one state, or the project header, throws while drawing.
const fault = vi.hoisted(() => ({ mapOf: null as string | null, header: false, changes: false }))

vi.mock('../../src/ui/canvas/StateCanvas', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/canvas/StateCanvas')>()
  return {
    ...real,
    StateCanvas(props: Parameters<typeof real.StateCanvas>[0]) {
      if (props.stateId === fault.mapOf) throw new TypeError("Cannot read properties of undefined (reading 'position')")
      return <real.StateCanvas {...props} />
    },
  }
})

vi.mock('../../src/ui/compare/ChangeList', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/compare/ChangeList')>()
  return {
    ...real,
    ChangeList() {
      if (fault.changes) throw new Error('change list exploded')
      return <real.ChangeList />
    },
  }
})

vi.mock('../../src/ui/project/ProjectHeader', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/project/ProjectHeader')>()
  return {
    ...real,
    ProjectHeader(props: Parameters<typeof real.ProjectHeader>[0]) {
      if (fault.header) throw new Error('header exploded')
      return <real.ProjectHeader {...props} />
    },
  }
})

// Drawing two canvases in jsdom is slow on a busy machine: wait generously, assert no timing.
const patiently = { timeout: 10_000 }

/** The tray return with a current and a future state, open in the store. */
function openTrayReturn(): Project {
  const project = loadProject('editor/editor.two-states.flowstate.json')
  useStore.getState().openProject(project)
  return project
}

/** Downloads as the browser would start them: the file name and its content. */
function catchDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = []
  const blobs = new Map<string, Blob>()
  URL.createObjectURL = vi.fn((b: Blob) => {
    const url = `blob:file-${blobs.size}`
    blobs.set(url, b)
    return url
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! })
  })
  return files
}

/** The downloaded file read back through the project's own parser. */
async function parsed(file: { blob: Blob }): Promise<Project> {
  const result = parseProjectText(await file.blob.text())
  if (!result.ok) throw new Error(result.error)
  return result.project
}

/** The project as it is open, but for the time stamp an export sets. */
const withoutStamp = (p: Project) => ({ ...p, updatedAt: '' })

/** The tray return open with its future map throwing: that pane and its recovery panel's heading, once shown. */
async function failFutureMap(): Promise<{ future: HTMLElement; heading: HTMLElement }> {
  openTrayReturn()
  fault.mapOf = 'st_fut'
  render(<ProjectView />)
  const future = screen.getByRole('region', { name: 'Future state' })
  const heading = await within(future).findByRole('heading', { name: 'This map could not be drawn' })
  return { future, heading }
}

beforeEach(() => {
  fault.mapOf = null
  fault.header = false
  fault.changes = false
  localStorage.clear()
  // React reports every error a boundary catches on the console; these are provoked on purpose.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

describe('a map that cannot be drawn', () => {
  it('given an open project whose future map throws, then only that pane shows the recovery panel, and the current map still works', async () => {
    const { future, heading } = await failFutureMap()
    expect(within(future).getByRole('alert')).toHaveTextContent('Something went wrong while showing the map “Future state” (Future state). The rest of flowstate still works')
    for (const name of ['Export project (.flowstate.json)', 'Try again', 'Reload']) expect(within(future).getByRole('button', { name })).toBeInTheDocument()
    expect(within(future).getByText('Technical details (for whoever fixes it)')).toBeInTheDocument()
    expect(within(future).getByText(/Cannot read properties of undefined \(reading 'position'\)/)).toBeInTheDocument()
    // The keyboard lands on the news.
    expect(heading).toHaveFocus()

    const current = screen.getByRole('region', { name: 'Current state' })
    expect(await within(current).findByText('Pack used instruments', {}, patiently)).toBeInTheDocument()
    expect(within(current).queryByRole('heading', { name: 'This map could not be drawn' })).not.toBeInTheDocument()
  })

  it('given the recovery panel and an edit not saved anywhere, when "Export project" is clicked, then the file is the open project with that edit', async () => {
    const user = userEvent.setup()
    const { future } = await failFutureMap()
    // An edit in the map that still works; no storage is attached, so it exists only in this tab.
    expect(useStore.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: useStore.getState().project!.states[0]!.steps[1]!.id, changes: { label: 'Pack instruments at point of use' } })).toBe(true)
    const downloads = catchDownloads()

    await user.click(within(future).getByRole('button', { name: 'Export project (.flowstate.json)' }))

    expect(downloads.map((d) => d.name)).toEqual(['tray-return-editor.flowstate.json'])
    const file = await parsed(downloads[0]!)
    expect(withoutStamp(file)).toEqual(withoutStamp(useStore.getState().project!))
    expect(file.states[0]!.steps.map((s) => s.label)).toContain('Pack instruments at point of use')
    expect(within(future).getByRole('status')).toHaveTextContent('Downloaded tray-return-editor.flowstate.json')
  })

  it('given the recovery panel, when the fault is gone and "Try again" is clicked, then the map is drawn again', async () => {
    const user = userEvent.setup()
    const { future } = await failFutureMap()

    fault.mapOf = null
    await user.click(within(future).getByRole('button', { name: 'Try again' }))

    expect(await within(future).findByText('Scan tray at point of use', {}, patiently)).toBeInTheDocument()
    expect(within(future).queryByRole('heading', { name: 'This map could not be drawn' })).not.toBeInTheDocument()
  })
})

describe('a panel beside the maps that fails', () => {
  it('given the change list throws, then it says so in its own place, and both maps still work', async () => {
    openTrayReturn()
    fault.changes = true
    render(<ProjectView />)

    const changes = screen.getByRole('region', { name: 'Changes' })
    expect(within(changes).getByRole('heading', { name: 'The list of changes could not be shown' })).toBeInTheDocument()
    expect(within(changes).getByRole('button', { name: 'Export project (.flowstate.json)' })).toBeInTheDocument()
    expect(await within(screen.getByRole('region', { name: 'Current state' })).findByText('Pack used instruments', {}, patiently)).toBeInTheDocument()
    expect(await within(screen.getByRole('region', { name: 'Future state' })).findByText('Scan tray at point of use', {}, patiently)).toBeInTheDocument()
  })
})

describe('the whole app failing', () => {
  it('given an open project and a fault outside the panes, then the recovery screen says the work is safe, and "Export project" downloads the open project with its unsaved edit', async () => {
    const user = userEvent.setup()
    const project = openTrayReturn()
    useStore.getState().dispatch({ type: 'step.update', stateId: 'st_fut', stepId: project.states[1]!.steps[1]!.id, changes: { label: 'Scan tray at the dirty lift' } })
    fault.header = true
    render(<App />)

    const heading = await screen.findByRole('heading', { level: 1, name: 'Something went wrong in flowstate' }, patiently)
    expect(heading).toHaveFocus()
    const screenText = screen.getByRole('main').textContent
    expect(screenText).toContain('Your work on the project Tray return (editor) is safe in this browser up to the last save')
    expect(screenText).toContain('not because of anything you did')
    for (const name of ['Try again', 'Reload', 'Go to the project list']) expect(screen.getByRole('button', { name })).toBeInTheDocument()
    expect(screen.getByText('header exploded', { exact: false })).toBeInTheDocument()
    // Nothing of the broken app is left on screen.
    expect(screen.queryByRole('region', { name: 'Current state' })).not.toBeInTheDocument()

    const downloads = catchDownloads()
    await user.click(screen.getByRole('button', { name: 'Export project (.flowstate.json)' }))
    expect(downloads.map((d) => d.name)).toEqual(['tray-return-editor.flowstate.json'])
    const file = await parsed(downloads[0]!)
    expect(withoutStamp(file)).toEqual(withoutStamp(useStore.getState().project!))
    expect(file.states[1]!.steps.map((s) => s.label)).toContain('Scan tray at the dirty lift')
  })

  it('given the recovery screen, when the fault is gone and "Try again" is clicked, then the project is back', async () => {
    const user = userEvent.setup()
    openTrayReturn()
    fault.header = true
    render(<App />)
    await screen.findByRole('heading', { level: 1, name: 'Something went wrong in flowstate' }, patiently)

    fault.header = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    const current = await screen.findByRole('region', { name: 'Current state' }, patiently)
    expect(await within(current).findByText('Pack used instruments', {}, patiently)).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Something went wrong in flowstate' })).not.toBeInTheDocument()
  })

  it('given part of the app that could not be downloaded, then the screen says to check the network and reload, and offers no "Try again"', async () => {
    openTrayReturn()
    const Editor = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/ProjectView-x1.js')))
    render(
      <AppBoundary>
        <Suspense fallback="Opening…">
          <Editor />
        </Suspense>
      </AppBoundary>,
    )

    await screen.findByRole('heading', { level: 1, name: 'flowstate could not load part of itself' })
    expect(screen.getByRole('main')).toHaveTextContent('Check the network (Wi-Fi) and reload.')
    expect(screen.getByRole('button', { name: 'Export project (.flowstate.json)' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })

  it('given no project open, then the screen says there is nothing to export and offers reload and the project list', async () => {
    const Broken = () => {
      throw new Error('list exploded')
    }
    render(
      <AppBoundary>
        <Broken />
      </AppBoundary>,
    )

    await screen.findByRole('heading', { level: 1, name: 'Something went wrong in flowstate' })
    expect(screen.getByRole('main')).toHaveTextContent('No project is open, so there is nothing to export. Your projects are safe in this browser')
    expect(screen.queryByRole('button', { name: /^Export project/ })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Go to the project list' })).toBeInTheDocument()
  })

  it('shows a thrown label or message as text, never as markup', async () => {
    const Broken = () => {
      throw new Error('<img src=x onerror="window.__hacked = 1"> bad label')
    }
    const { container } = render(
      <AppBoundary>
        <Broken />
      </AppBoundary>,
    )
    await screen.findByRole('heading', { level: 1, name: 'Something went wrong in flowstate' })
    expect(container.querySelector('img')).toBeNull()
    await waitFor(() => expect(screen.getByText(/<img src=x/)).toBeInTheDocument())
  })
})
