// Runs the diff benchmark through vitest (TypeScript with no build step): `npm run bench:diff`.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['bench/diff.bench.ts'],
    testTimeout: 600_000,
  },
})
