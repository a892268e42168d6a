// Builds the flowstate command line (src/cli, TypeScript) into one ES module, dist-cli/flowstate.mjs,
// with rolldown (which vite ships). Run by npm's `prepare` (so `npm ci` builds it) and by
// bin/flowstate.js whenever the bundle is missing or older than the sources.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const BUNDLE = join(ROOT, 'dist-cli', 'flowstate.mjs')
const SOURCES = ['src/cli', 'src/io', 'src/domain'].map((d) => join(ROOT, d))

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

/** Writes the bundle next to its final place and renames it, so a concurrent run never reads half a file. */
export async function buildCli() {
  const { rolldown } = await import('rolldown')
  const bundle = await rolldown({
    input: join(ROOT, 'src/cli/main.ts'),
    platform: 'node',
    logLevel: 'silent',
    external: [/^node:/],
  })
  const tmpDir = join(ROOT, 'dist-cli', `.build-${process.pid}-${Date.now()}`)
  mkdirSync(tmpDir, { recursive: true })
  try {
    await bundle.write({ dir: tmpDir, format: 'esm', entryFileNames: 'flowstate.mjs', codeSplitting: false, sourcemap: false })
    await bundle.close()
    renameSync(join(tmpDir, 'flowstate.mjs'), BUNDLE)
  } finally {
    rmSync(tmpDir, { recursive: true, force: true })
  }
  return BUNDLE
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
