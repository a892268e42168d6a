// BPMN in the app, as a user does it: a .bpmn file imported as a new project (with what the
// import read differently shown), another added to it as a future state through the phase
// dialog, and a state downloaded as BPMN.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from '../browser'

const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/bpmn', name)

describe('BPMN in the app', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('imports a .bpmn file as a new project, adds another as the future state and exports a state as BPMN', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.locator('section[aria-labelledby="projects-title"][aria-busy="false"]').waitFor()

    // given a BPMN collaboration imported from the project list
    await page.getByLabel('Import', { exact: true }).setInputFiles(fixture('pools.collaboration.bpmn'))
    await page.getByRole('heading', { level: 1, name: 'Medication order' }).waitFor()
    // then it opens as a project with one current state, and says what it left out
    const notice = page.getByRole('dialog', { name: 'Imported “pools.collaboration.bpmn”' })
    await notice.waitFor()
    await expect(notice.innerText()).resolves.toContain('1 message flow to or from a whole pool skipped')
    await session.screenshot(page, 'bpmn-import-notice')
    await notice.getByRole('button', { name: 'OK' }).click()
    const current = page.getByRole('region', { name: 'Current state', exact: true })
    await current.waitFor()
    await current.getByText('Prescribe medication').first().waitFor()

    // when a second file is added as the future state
    await page.getByLabel('Add BPMN state', { exact: true }).setInputFiles(fixture('events.intermediate.bpmn'))
    const dialog = page.getByRole('dialog', { name: 'Add a state from BPMN' })
    await dialog.waitFor()
    await expect(dialog.innerText()).resolves.toContain('1 boundary event imported as a decision')
    await expect(dialog.getByRole('radio', { name: 'Future state' }).isChecked()).resolves.toBe(true)
    await dialog.getByLabel('Name').fill('Lab order, future')
    await session.screenshot(page, 'bpmn-add-state-dialog')
    await dialog.getByRole('button', { name: 'Add state' }).click()

    // then the project shows it as its future state
    const future = page.getByRole('region', { name: 'Future state', exact: true })
    await future.getByText('Order lab test').first().waitFor()
    await expect(future.innerText()).resolves.toContain('Lab order, future')
    await session.screenshot(page, 'bpmn-two-states')

    // and a state downloads as a BPMN file
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    await page.getByRole('menuitem', { name: 'BPMN 2.0 of a state…' }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export a state as BPMN' })
    await exportDialog.getByLabel('State').selectOption({ label: 'Lab order, future (Future state)' })
    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Download .bpmn' }).click()])
    expect(download.suggestedFilename()).toBe('medication-order-lab-order-future.bpmn')
    const xml = readFileSync((await download.path())!, 'utf8')
    expect(xml).toContain('<bpmn:process id="Process_1" name="Lab order, future"')
    expect(xml).toContain('name="Order lab test"')
  })

  it('says in the dialog why a file cannot be added', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.getByLabel('New project', { exact: true }).fill('Sterile processing')
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    await page.getByRole('region', { name: 'Current state' }).waitFor()

    await page.getByLabel('Add BPMN state', { exact: true }).setInputFiles(fixture('hostile.billion-laughs.bpmn'))
    const dialog = page.getByRole('dialog', { name: 'Add a state from BPMN' })
    await expect(dialog.getByRole('alert').innerText()).resolves.toBe(
      'Could not import “hostile.billion-laughs.bpmn”: refused: the file declares a DOCTYPE (entity declarations are never read, for safety)',
    )
  })
})
