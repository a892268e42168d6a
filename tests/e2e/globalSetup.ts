// Builds the app once per test run and serves it with `vite preview` for the browser tests.
// Several people may run browser tests on one machine at the same time, so every run gets its
// own build directory and its own free port, and stops exactly the server it started (by pid).
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { HOST, nextFreePort, portCandidates } from './ports'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built app is served, e.g. http://127.0.0.1:4171 (no trailing slash). */
    appUrl: string
    /** The directory of that build, for a test that serves (and stops) a server of its own. */
    appDir: string
  }
}

const VITE = './node_modules/.bin/vite'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), 'flowstate-e2e-'))
  let server: ChildProcess | undefined
  try {
    await run(VITE, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'])
    const { child, port } = await startPreview(outDir)
    server = child
    project.provide('appUrl', `http://${HOST}:${port}`)
    project.provide('appDir', outDir)
  } catch (e) {
    if (server) await stop(server)
    rmSync(outDir, { recursive: true, force: true })
    throw e
  }
  return async () => {
    if (server) await stop(server)
    rmSync(outDir, { recursive: true, force: true })
  }
}

/** A port can be taken between the probe and the server's bind, so a refused start tries the next candidate. */
export async function startPreview(outDir: string): Promise<{ child: ChildProcess; port: number }> {
  const candidates = portCandidates()
  let lastError: unknown
  for (let attempt = 0; attempt < 10; attempt++) {
    const port = await nextFreePort(candidates)
    const child = spawn(VITE, ['preview', '--outDir', outDir, '--host', HOST, '--port', String(port), '--strictPort'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      await waitUntilServing(child, `http://${HOST}:${port}/`)
      return { child, port }
    } catch (e) {
      lastError = e
      await stop(child)
    }
  }
  throw new Error(`could not start vite preview: ${String(lastError)}`)
}

async function waitUntilServing(child: ChildProcess, url: string): Promise<void> {
  let output = ''
  child.stdout?.on('data', (d) => (output += String(d)))
  child.stderr?.on('data', (d) => (output += String(d)))
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`vite preview exited with ${code}: ${output.trim()}`))),
  )
  exited.catch(() => {})
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return exited
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await Promise.race([sleep(150), exited])
  }
  throw new Error(`vite preview did not answer at ${url} within 30 s: ${output.trim()}`)
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] })
    let err = ''
    child.stderr?.on('data', (d) => (err += String(d)))
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${code}): ${err.trim()}`))))
  })
}

/** Stops the server we started, by its pid: politely first, then for sure. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const done = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)])
  if (!done) {
    child.kill('SIGKILL')
    await exited
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))
