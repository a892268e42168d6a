// A shared project opened from the project list, in two browsers with profiles of their own, on
// a Hocuspocus server started here (127.0.0.1, a free port, no authentication). The share and join
// screens are not needed: the test stores what they store (the sharer's seeded doc and link; the
// joiner's link only) and then uses the app as a person does.
import { Server } from '@hocuspocus/server'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { FORMAT_VERSION } from '../../src/domain/model'
import type { SharedLink } from '../../src/persistence/db'
import { SharedDoc } from '../../src/sync/session'
import { loadProject } from '../helpers/fixtures'
import { launchBrowser, type BrowserSession } from './browser'

let sessions: BrowserSession[] = []
let server: Server | undefined
afterEach(async () => {
  for (const s of sessions) await s.close()
  sessions = []
  await server?.destroy()
  server = undefined
})

const project = { ...loadProject(), id: 'p_workshop', name: 'Tray return workshop' }

/** Stores a shared project's list row (and, for the sharer, its seeded doc) in this browser's database. */
async function store(page: Page, link: SharedLink, update: number[] | null) {
  await page.getByRole('button', { name: /^Sterile processing/ }).waitFor()
  await page.evaluate(
    ([row, bytes]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('flowstate')
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['projects', 'docUpdates'], 'readwrite')
          tx.objectStore('projects').put(row)
          if (bytes) tx.objectStore('docUpdates').add({ projectId: row.id, update: new Uint8Array(bytes) })
          tx.oncomplete = () => (db.close(), resolve())
          tx.onerror = () => reject(tx.error)
        }
        req.onerror = () => reject(req.error)
      }),
    [
      { id: project.id, format: 'flowstate', version: FORMAT_VERSION, name: project.name, createdAt: project.createdAt, updatedAt: project.updatedAt, roleIds: [], systemIds: [], dataItemIds: [], stateIds: [], stats: { states: 1, steps: 4 }, shared: link },
      update,
    ] as const,
  )
  await page.reload()
}

describe('a shared project in the app', () => {
  it('opens from the list in two browsers, and a rename in one shows in the other', async () => {
    server = new Server({ port: 0, address: '127.0.0.1', quiet: true })
    await server.listen()
    const link: SharedLink = { server: `http://127.0.0.1:${server.address.port}`, room: project.id, access: 'edit', token: 'edit' }
    const seeded = new SharedDoc({ projectId: project.id })
    seeded.seed(project, FORMAT_VERSION)
    const update = [...Y.encodeStateAsUpdate(seeded.doc)]
    seeded.destroy()

    const a = await launchBrowser()
    const b = await launchBrowser()
    sessions = [a, b]
    const pa = await a.openApp()
    await store(pa, link, update)
    await pa.getByRole('button', { name: project.name, exact: true }).click()
    await pa.getByRole('heading', { level: 1, name: project.name }).waitFor()
    await pa.getByText('Pack used instruments').first().waitFor()

    const pb = await b.openApp()
    await store(pb, link, null)
    await pb.getByRole('button', { name: project.name, exact: true }).click()
    await pb.getByText('Pack used instruments').first().waitFor()

    await pa.getByRole('button', { name: 'Rename project' }).click()
    const input = pa.getByRole('textbox', { name: 'Project name' })
    await input.fill('CT imaging workshop')
    await input.press('Enter')
    await pb.getByRole('heading', { level: 1, name: 'CT imaging workshop' }).waitFor()
    await pa.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved')
    await b.screenshot(pb, 'shared-project-joiner')

    // Undo in A takes back A's rename in both browsers; the tooltip names it.
    const undo = pa.getByRole('button', { name: 'Undo' })
    await expect(undo.getAttribute('title')).resolves.toBe('Undo rename project (Ctrl+Z)')
    await undo.click()
    await pb.getByRole('heading', { level: 1, name: project.name }).waitFor()

    // Back in the list, the row keeps the name and counts without opening the doc.
    await pb.getByRole('button', { name: 'Back to projects' }).click()
    await pb.getByRole('button', { name: project.name, exact: true }).waitFor()
    await expect(pb.getByText(/1 state · 4 steps/).count()).resolves.toBeGreaterThan(0)
  })
})
