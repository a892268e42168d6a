// The bundle benchmark: `npm run bench:bundle` (also part of `npm run bench`). Builds the app for
// production and measures the JavaScript index.html loads before any interaction (its scripts,
// module preloads and everything they import statically), gzip-compressed as a server sends it;
// then the JavaScript that opening a project adds (the editor's chunk). The baseline, built in the
// same run: a bare Vite + React + React Flow page (bench/bundle/bare.html).
// Writes bench/results/bundle.json; `--list` prints the largest modules of the initial load.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const root = fileURLToPath(new URL('../..', import.meta.url))
const here = fileURLToPath(new URL('.', import.meta.url))

/**
 * Builds in memory (nothing written) and returns the chunks and the HTML pages. Always a production
 * build, as users get it: under vitest NODE_ENV is "test", which would build React's development
 * code.
 */
async function buildApp(options) {
  const env = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    const out = await build({ logLevel: 'silent', mode: 'production', ...options, build: { write: false, outDir: join(root, 'bench/.out/bundle'), ...options.build } })
    return (Array.isArray(out) ? out : [out]).flatMap((o) => o.output)
  } finally {
    if (env === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = env
  }
}

/** The chunks `names` load before anything else happens: themselves and their static imports, transitively. */
function closure(outputs, names) {
  const byName = new Map(outputs.map((o) => [o.fileName, o]))
  const seen = new Set()
  const stack = [...names]
  while (stack.length > 0) {
    const name = stack.pop()
    if (seen.has(name) || !byName.has(name)) continue
    seen.add(name)
    stack.push(...(byName.get(name).imports ?? []))
  }
  return [...seen].map((n) => byName.get(n))
}

function initialChunks(outputs, html) {
  const page = outputs.find((o) => o.fileName === html)
  const scripts = [...String(page.source).matchAll(/<(?:script|link)[^>]+(?:src|href)="(?:\.?\/)?([^"]+\.js)"/g)].map((m) => m[1])
  const chunks = closure(outputs, scripts)
  // A page whose script addresses are not read (a new base path, say) would measure as 0 kB and pass.
  if (chunks.length === 0) throw new Error(`${html} loads no script of the build: its script addresses were not understood`)
  return chunks
}

const gzip = (chunks) => chunks.reduce((n, c) => n + gzipSync(c.code, { level: 9 }).length, 0)
const raw = (chunks) => chunks.reduce((n, c) => n + Buffer.byteLength(c.code), 0)
const kb = (bytes) => Math.round(bytes / 100) / 10 // kB of 1,000 bytes, as Vite reports them

export async function measureBundle({ list = false } = {}) {
  const app = await buildApp({ root, configFile: join(root, 'vite.config.ts') })
  const initial = initialChunks(app, 'index.html')
  // Opening a project: the editor chunk that src/ui/shell/Shell.tsx imports, with what it imports.
  const editorEntry = app.find((o) => o.type === 'chunk' && o.isDynamicEntry && Object.keys(o.modules).some((m) => m.endsWith('src/ui/project/ProjectView.tsx')))
  const initialNames = new Set(initial.map((c) => c.fileName))
  const editor = editorEntry ? closure(app, [editorEntry.fileName]).filter((c) => !initialNames.has(c.fileName)) : []

  const bare = await buildApp({ root: here, configFile: join(here, 'vite.config.ts'), build: { rolldownOptions: { input: join(here, 'bare.html') } } })
  const bareInitial = initialChunks(bare, 'bare.html')

  const result = {
    initial: { files: initial.map((c) => c.fileName), bytes: raw(initial), gzipBytes: gzip(initial), gzipKB: kb(gzip(initial)) },
    openProject: { files: editor.map((c) => c.fileName), gzipBytes: gzip(editor), gzipKB: kb(gzip(editor)) },
    bareReactFlow: { gzipBytes: gzip(bareInitial), gzipKB: kb(gzip(bareInitial)) },
    ratio: {
      initialOverBare: Math.round((gzip(initial) / gzip(bareInitial)) * 100) / 100,
      initialPlusProjectOverBare: Math.round(((gzip(initial) + gzip(editor)) / gzip(bareInitial)) * 100) / 100,
    },
  }
  if (list) {
    const modules = initial.flatMap((c) => Object.entries(c.modules).map(([id, m]) => [m.renderedLength, id.replace(root, '')]))
    for (const [length, id] of modules.sort((a, b) => b[0] - a[0]).slice(0, 30)) console.log(String(length).padStart(8), id)
  }
  return result
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = measureBundle({ list: process.argv.includes('--list') })
  const r = await result
  mkdirSync(join(root, 'bench/results'), { recursive: true })
  writeFileSync(join(root, 'bench/results/bundle.json'), JSON.stringify({ date: new Date().toISOString(), budget: { 'initial JS gzip KB': 200 }, ...r }, null, 2) + '\n')
  console.log(`initial JavaScript: ${r.initial.gzipKB} kB gzip (${r.initial.files.length} files, ${kb(r.initial.bytes)} kB unpacked)`)
  console.log(`opening a project adds: ${r.openProject.gzipKB} kB gzip (${r.openProject.files.length} files)`)
  console.log(`bare Vite + React + React Flow page: ${r.bareReactFlow.gzipKB} kB gzip; initial ÷ bare ${r.ratio.initialOverBare}×, initial + project ÷ bare ${r.ratio.initialPlusProjectOverBare}×`)
}
