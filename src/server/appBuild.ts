// The app the server hands to browsers: dist/ of this checkout, built first (vite build) when it
// is missing or older than the sources, or a folder given with --app (a copy built elsewhere).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Log } from './log'
import { maxOf } from '../domain/arrays'

/** The project's folder (where package.json is), found upward from this file (src/server or dist-cli/chunks). */
export function projectRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'index.html'))) return dir
    if (dirname(dir) === dir) throw new Error('cannot find the flowstate folder (package.json beside index.html)')
  }
}

const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'scripts']

function newest(path: string): number {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let m = 0
  for (const entry of readdirSync(path)) m = Math.max(m, newest(join(path, entry)))
  return m
}

export function appIsFresh(root: string): boolean {
  const built = join(root, 'dist', 'index.html')
  if (!existsSync(built)) return false
  const sources = maxOf(INPUTS.map((p) => newest(join(root, p))))
  return statSync(built).mtimeMs >= sources
}

/** The folder to serve: dist/, built now if it must be. Throws with a sentence when it cannot be. */
export async function ensureApp(root: string, log: Log): Promise<string> {
  const dist = join(root, 'dist')
  if (appIsFresh(root)) return dist
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  if (!existsSync(vite)) {
    if (existsSync(join(dist, 'index.html'))) {
      log.problem('dist/ is older than the sources and vite is not installed to rebuild it; serving it as it is')
      return dist
    }
    throw new Error('the app is not built (no dist/) and vite is not installed to build it: run npm ci, then npm run build, or give --app DIR')
  }
  await withBuildLock(root, async () => {
    if (appIsFresh(root)) return // another process built it while we waited
    log.info(`building the app into ${dist} (it is ${existsSync(join(dist, 'index.html')) ? 'older than the sources' : 'missing'}); this takes a minute…`)
    await run(process.execPath, [vite, 'build', '--logLevel', 'warn'], root)
  })
  return dist
}

/** Two servers started at once must not both write dist/: the second waits for the first. */
async function withBuildLock(root: string, work: () => Promise<void>): Promise<void> {
  const lock = join(root, 'node_modules', '.flowstate-app-build.lock')
  const deadline = Date.now() + 10 * 60_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // A lock older than ten minutes belongs to a build that died.
      const held = statSync(lock, { throwIfNoEntry: false })
      if (held && Date.now() - held.mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error(`waited ten minutes for another build of the app (${lock})`)
      await new Promise((r) => setTimeout(r, 500))
    }
  }
  try {
    await work()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d) => (err += String(d)))
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the app failed (vite build exited with ${code}): ${err.trim().split('\n').slice(-3).join(' ')}`))))
  })
}
