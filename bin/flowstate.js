#!/usr/bin/env node
// The `flowstate` command. Node cannot run the TypeScript sources directly, so this launcher runs
// the bundle that `npm ci` (prepare) built, and rebuilds it first when the sources are newer.
import { pathToFileURL } from 'node:url'
import { BUNDLE, buildCli, bundleIsFresh } from './build-cli.js'

if (!bundleIsFresh()) {
  try {
    await buildCli()
  } catch (e) {
    process.stderr.write(`flowstate: could not build the command line from src/ (${e instanceof Error ? e.message.split('\n')[0] : e})\n`)
    process.exit(1)
  }
}
// A reader that stops early (flowstate diff … | head) is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw e
})
const { run } = await import(pathToFileURL(BUNDLE).href)
process.exitCode = await run(process.argv.slice(2))
