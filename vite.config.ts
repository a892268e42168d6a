/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { offline } from './scripts/offline.ts'

// One config for the app and the four test projects:
// unit (pure domain, node), dom (components, jsdom), server (flowstate serve as a process) and e2e
// (real Chromium against `vite preview`).
export default defineConfig({
  // Relative: the built site works from any folder of any static web server (/, /dept/flowstate/ ...).
  base: './',
  plugins: [react(), offline()],
  worker: { format: 'es' },
  server: { port: 5173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/server/**'],
        },
      },
      {
        // The workshop server as a real process (flowstate serve), with real clients over WebSocket;
        // one file at a time, as each starts servers of its own.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
