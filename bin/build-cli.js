// Builds the flowstate command line (src/cli, TypeScript) into ES modules with rolldown (which vite
// ships): dist-cli/flowstate.mjs, the entry, and one chunk per command under dist-cli/chunks, so a
// command loads only its own code. Run by npm's `prepare` (so `npm ci` builds it) and by
// bin/flowstate.js whenever the bundle is missing or older than the sources.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const BUNDLE = join(ROOT, 'dist-cli', 'flowstate.mjs')
const SOURCES = ['src/cli', 'src/io', 'src/domain', 'src/server'].map((d) => join(ROOT, d))
// The workshop server's packages stay outside the bundle: better-sqlite3 is native code, Yjs must
// be the one copy Hocuspocus also loads, and none of them may slow the other commands' start.
// Node loads them from node_modules, and only when `flowstate serve` runs.
const SERVER_PACKAGES = /^(@hocuspocus\/|better-sqlite3$|pg$|ws$|yjs$|y-protocols\/|lib0\/)/

/** Newest modification time of the sources the bundle is made from (0 when there are none). */
export function newestSource() {
  let newest = statSync(fileURLToPath(import.meta.url)).mtimeMs
  const stack = SOURCES.filter((d) => exists(d))
  while (stack.length > 0) {
    const dir = stack.pop()
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) stack.push(path)
      else if (/\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs)
    }
  }
  return newest
}

export function bundleIsFresh() {
  if (!exists(BUNDLE)) return false
  if (!SOURCES.some((d) => exists(d))) return true
  return statSync(BUNDLE).mtimeMs >= newestSource()
}

const CHUNKS = join(ROOT, 'dist-cli', 'chunks')

/**
 * Writes the bundle next to its final place and renames it in, chunks first and the entry last, so
 * a concurrent run never reads half a file. Chunk names carry a hash of their content: a run of
 * the previous entry still finds its own chunks, which are removed a while later.
 */
export async function buildCli() {
  const { rolldown } = await import('rolldown')
  const bundle = await rolldown({
    input: join(ROOT, 'src/cli/main.ts'),
    platform: 'node',
    logLevel: 'silent',
    external: [/^node:/, SERVER_PACKAGES],
  })
  const tmpDir = join(ROOT, 'dist-cli', `.build-${process.pid}-${Date.now()}`)
  mkdirSync(tmpDir, { recursive: true })
  try {
    // Minified: a short-lived process spends much of its start parsing the code it loads.
    const { output } = await bundle.write({ dir: tmpDir, format: 'esm', entryFileNames: 'flowstate.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', minify: true, sourcemap: false })
    await bundle.close()
    mkdirSync(CHUNKS, { recursive: true })
    const chunks = output.filter((o) => o.type === 'chunk' && o.fileName !== 'flowstate.mjs').map((o) => o.fileName)
    for (const name of chunks) {
      const to = join(ROOT, 'dist-cli', name)
      if (!existsSync(to)) renameSync(join(tmpDir, name), to)
    }
    renameSync(join(tmpDir, 'flowstate.mjs'), BUNDLE)
    removeOldChunks(new Set(chunks.map((c) => c.slice('chunks/'.length))))
  } finally {
    rmSync(tmpDir, { recursive: true, force: true })
  }
  return BUNDLE
}

/** Chunks of earlier builds, once no run that started before this build can still need them. */
function removeOldChunks(keep) {
  const before = Date.now() - 10 * 60_000
  for (const name of readdirSync(CHUNKS)) {
    const path = join(CHUNKS, name)
    if (!keep.has(name) && statSync(path).mtimeMs < before) rmSync(path, { force: true })
  }
}

function exists(path) {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}

// `node bin/build-cli.js` (npm prepare)
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli()
  console.log(`built ${BUNDLE}`)
}
