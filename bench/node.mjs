// Runs a TypeScript benchmark the way the app and the command line run their code: bundled by
// rolldown (which vite ships) into bench/.out, then executed by plain Node in its own process —
// no test runner or module loader in the measured process.
// Usage: node bench/node.mjs bench/diff.bench.ts [arguments for the benchmark]
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rolldown } from 'rolldown'

const root = fileURLToPath(new URL('..', import.meta.url))
const [entry, ...args] = process.argv.slice(2)
const out = join(root, 'bench/.out', basename(entry).replace(/\.ts$/, '.mjs'))
mkdirSync(join(root, 'bench/.out'), { recursive: true })
// External packages stay external (node resolves them from node_modules); the sources are bundled.
const bundle = await rolldown({ input: join(root, entry), platform: 'node', logLevel: 'silent', external: (id) => /^node:/.test(id) || /^[a-z@]/.test(id) })
await bundle.write({ file: out, format: 'esm', codeSplitting: false, sourcemap: false })
await bundle.close()
const r = spawnSync(process.execPath, [out, ...args], { cwd: root, stdio: 'inherit' })
process.exit(r.status ?? 1)
