import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'

declare function idb(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest): Promise<unknown>

/** A committed IndexedDB write or read in the page: the kind of storage that must survive a crash. */
function installProbe() {
  ;(globalThis as unknown as { idb: unknown }).idb = (mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest) =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('harness-probe', 1)
      open.onupgradeneeded = () => open.result.createObjectStore('kv')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const tx = open.result.transaction('kv', mode)
        const req = work(tx.objectStore('kv'))
        tx.oncomplete = () => resolve(req.result)
        tx.onerror = () => reject(tx.error)
      }
    })
}

describe('the browser test harness', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('serves the built app and reopens a killed browser with the same profile', async () => {
    session = await launchBrowser()
    await session.context.addInitScript(installProbe)
    const page = await session.openApp()
    await expect(page.title()).resolves.toBe('flowstate')
    await page.evaluate(() => idb('readwrite', (store) => store.put('kept', 'probe')))
    await session.kill()

    session = await launchBrowser({ userDataDir: session.userDataDir })
    await session.context.addInitScript(installProbe)
    const again = await session.openApp()
    await expect(again.evaluate(() => idb('readonly', (store) => store.get('probe')))).resolves.toBe('kept')
  })
})
