// A Vite dev server for pages under tests/e2e/pages/ that import source modules directly, to run
// domain or storage code in real Chromium (measurements, browser-only APIs). It has its own
// dependency cache and port, so parallel runs never share either; close() stops it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'vite'
import { HOST, nextFreePort, portCandidates } from './ports'

export interface ModuleServer {
  /** The URL of a file below the repository root, e.g. url('tests/e2e/pages/saveTiming.html'). */
  url(path: string): string
  close(): Promise<void>
}

/** `deps`: packages the pages import, bundled once at start so the page never reloads mid-test. */
export async function startModuleServer(deps: string[] = ['dexie', 'immer', 'zod']): Promise<ModuleServer> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'flowstate-vite-cache-'))
  const port = await nextFreePort(portCandidates())
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    cacheDir,
    logLevel: 'error',
    server: { host: HOST, port, strictPort: true, hmr: false },
    optimizeDeps: { noDiscovery: true, include: deps },
  })
  try {
    await server.listen()
  } catch (e) {
    rmSync(cacheDir, { recursive: true, force: true })
    throw e
  }
  return {
    url: (path) => `http://${HOST}:${port}/${path.replace(/^\//, '')}`,
    async close() {
      await server.close()
      rmSync(cacheDir, { recursive: true, force: true })
    },
  }
}
