import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { appUrl, launchBrowser, type BrowserSession } from './browser'
import { STORAGE_VERSION } from '../../src/persistence/db'

const REGIONS = ['Current state', 'Transition state', 'Future state']
const fixture = (name: string) => join(process.cwd(), 'tests/fixtures', name)

interface ExampleInfo {
  name: string
  states: { labels: string[] }[]
}
const exampleDir = join(process.cwd(), 'examples')
const examples: ExampleInfo[] = (existsSync(exampleDir) ? readdirSync(exampleDir) : [])
  .filter((f) => f.endsWith('.flowstate.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(exampleDir, f), 'utf8')))
  .map((p) => ({ name: p.name, states: p.states.map((s: { steps: { label: string }[] }) => ({ labels: s.steps.map((x) => x.label) })) }))

/** Each of the three regions is shown and holds the labels of its state's steps. */
async function expectThreeStates(page: Page, states: { labels: string[] }[]) {
  for (let i = 0; i < REGIONS.length; i++) {
    const region = page.getByRole('region', { name: REGIONS[i], exact: true })
    await region.waitFor()
    // Zoomed far out, a step is drawn as a bare shape with its label as the tooltip.
    const shown = await region.locator('.react-flow__node-step').evaluateAll((nodes) =>
      nodes.map((n) => (n as HTMLElement).innerText.trim() || n.querySelector('[title]')?.getAttribute('title') || ''),
    )
    expect(shown.length, `${REGIONS[i]} shows its steps`).toBe(states[i]!.labels.length)
    for (const label of [states[i]!.labels[0]!, states[i]!.labels.at(-1)!]) {
      expect(shown.map((t) => t.replace(/\s+/g, ' ').trim()), REGIONS[i]).toContain(label.replace(/\s+/g, ' ').trim())
    }
  }
}

const projectNames = (page: Page) => page.locator('.project-open').allInnerTexts()
/** Waits until the project list has been read from storage. */
const listReady = (page: Page) => page.locator('section[aria-labelledby="projects-title"][aria-busy="false"]').waitFor()

describe('flowstate in the browser', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it.skipIf(examples.length === 0)('starts with the examples, and an example opens with its three states and their steps', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    for (const ex of examples) await page.getByRole('button', { name: ex.name, exact: true }).waitFor()
    await session.screenshot(page, 'project-list')

    const example = examples[0]!
    await page.getByRole('button', { name: example.name, exact: true }).click()

    await page.getByRole('heading', { level: 1, name: example.name }).waitFor()
    await expectThreeStates(page, example.states)
    await session.screenshot(page, 'example-open')
  })

  it('imports a project file and shows its three states with their steps', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await listReady(page)

    await page.getByLabel('Import', { exact: true }).setInputFiles(fixture('shell/import.three-states.flowstate.json'))

    await page.getByRole('heading', { level: 1, name: 'Blood test orders (fixture)' }).waitFor()
    const file = JSON.parse(readFileSync(fixture('shell/import.three-states.flowstate.json'), 'utf8'))
    await expectThreeStates(page, file.states.map((s: { steps: { label: string }[] }) => ({ labels: s.steps.map((x) => x.label) })))
  })

  it('given a file with a broken reference, when it is imported, then the problem is shown and the list is unchanged', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await listReady(page)
    const before = await projectNames(page)
    const importButton = page.getByText('Import', { exact: true })
    const importAt = await importButton.boundingBox()

    await page.getByLabel('Import', { exact: true }).setInputFiles(fixture('shell/import.bad-role.flowstate.json'))

    const alert = page.getByRole('alert')
    await alert.waitFor()
    await expect(alert.innerText()).resolves.toContain('states[0].steps[1].roleId: no role "r9"')
    // The message is shown below the tools: the Import button stays where it was, as wide as it was.
    await expect(importButton.boundingBox()).resolves.toEqual(importAt)
    expect((await alert.boundingBox())!.y).toBeGreaterThan(importAt!.y + importAt!.height)
    await expect(projectNames(page)).resolves.toEqual(before)
    await page.reload()
    await listReady(page)
    await expect(projectNames(page)).resolves.toEqual(before)
  })

  it('keeps a new project and its edits across a reload and a crash', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.getByLabel('New project', { exact: true }).fill('Endoscope reprocessing')
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    await page.getByRole('region', { name: 'Current state' }).waitFor()

    await renameOpenProject(page, 'Endoscope reprocessing, ward 4')
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Endoscope reprocessing, ward 4' }).waitFor()

    await renameOpenProject(page, 'Endoscope reprocessing, ward 5')
    await session.kill()
    session = await launchBrowser({ userDataDir: session.userDataDir })
    const again = await session.openApp()
    await again.getByRole('button', { name: 'Endoscope reprocessing, ward 5', exact: true }).waitFor()
  })

  it('shows an edit made in one tab in a second tab of the same project, and the second tab’s edit in the first', async () => {
    session = await launchBrowser()
    const first = await session.openApp()
    await first.getByLabel('Import', { exact: true }).setInputFiles(fixture('shell/import.three-states.flowstate.json'))
    await first.getByRole('region', { name: 'Future state' }).waitFor()
    const second = await session.context.newPage()
    await second.goto(first.url())
    await second.getByRole('region', { name: 'Future state' }).waitFor()

    await renameOpenProject(first, 'Blood test orders, renamed in tab 1')
    await second.getByRole('heading', { level: 1, name: 'Blood test orders, renamed in tab 1' }).waitFor()

    await renameOpenProject(second, 'Blood test orders, renamed in tab 2')
    await first.getByRole('heading', { level: 1, name: 'Blood test orders, renamed in tab 2' }).waitFor()
    await session.screenshot(first, 'two-tabs')
  })

  it('given a project open in one tab, when a newer version upgrades the storage in another, then the first tab stops saving and says to reload', async () => {
    session = await launchBrowser()
    const older = await session.openApp()
    await older.getByLabel('Import', { exact: true }).setInputFiles(fixture('shell/import.three-states.flowstate.json'))
    await older.getByRole('region', { name: 'Future state' }).waitFor()

    // What a later flowstate does on start: open the database with a higher version and upgrade it
    // (Dexie stores storage layout n as IndexedDB version n × 10).
    const newer = await session.context.newPage()
    await newer.goto(appUrl('/#/'))
    await newer.evaluate(
      (version) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('flowstate', version)
          req.onupgradeneeded = () => req.result.createObjectStore('comments')
          req.onsuccess = () => (req.result.close(), resolve())
          req.onerror = () => reject(req.error)
        }),
      (STORAGE_VERSION + 1) * 10,
    )

    const notice = older.getByRole('alertdialog', { name: 'A newer version of flowstate is open in another tab' })
    await notice.waitFor()
    await session.screenshot(older, 'newer-version-notice')
    await older.reload()
    await notice.waitFor()
  })

  it('opens at the project list when the address names a project that does not exist', async () => {
    session = await launchBrowser()
    const page = await session.context.newPage()
    await page.goto(appUrl('/#/project/p_missing'))
    await page.getByRole('alert').waitFor()
    await expect(page.getByRole('alert').innerText()).resolves.toContain('no longer exists')
  })
})

/** Renames the open project through the header and waits until it is saved. */
async function renameOpenProject(page: Page, name: string) {
  await page.getByRole('button', { name: 'Rename project' }).click()
  const input = page.getByRole('textbox', { name: 'Project name' })
  await input.fill(name)
  await input.press('Enter')
  await page.getByRole('heading', { level: 1, name }).waitFor()
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved')
}
