// Writes the example projects in examples/ from their descriptions beside this file.
//   node scripts/examples/build.mjs          write the files
//   node scripts/examples/build.mjs --check  exit 1 when a committed file differs from what would be written
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildProject } from './lib.mjs'
import { applyReview, loadCommands } from './review.mjs'
import * as sterile from './sterile-processing.mjs'
import * as ct from './ct-imaging.mjs'
import * as lab from './lab-sample.mjs'

const examplesDir = join(dirname(fileURLToPath(import.meta.url)), '../../examples')
const check = process.argv.includes('--check')
let stale = 0
const commands = await loadCommands()

for (const example of [sterile, ct, lab]) {
  const path = join(examplesDir, example.file)
  // Same layout as the app's export (serializeProject), so an exported example diffs cleanly.
  const text = JSON.stringify(applyReview(buildProject(example.spec), example.spec, commands), null, 2) + '\n'
  if (check) {
    let current
    try {
      current = readFileSync(path, 'utf8')
    } catch {
      current = ''
    }
    if (current !== text) {
      console.error(`examples/${example.file} is out of date: run node scripts/examples/build.mjs`)
      stale++
    }
  } else {
    writeFileSync(path, text)
    console.log(`wrote examples/${example.file}`)
  }
}
if (stale > 0) process.exit(1)
