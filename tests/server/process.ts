// `flowstate serve` as a real child process for the server tests: started on 127.0.0.1 and a port
// the system picks (--port 0; the banner says which), stopped by its pid.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const APP = join(process.cwd(), 'tests/fixtures/server/app')

export interface ServerProcess {
  child: ChildProcess
  pid: number
  url: string
  /** ws://…/collab */
  collab: string
  hostKey: string
  port: number
  output(): string
  /** SIGTERM (a graceful stop) and wait for the exit; resolves with the exit code. */
  stop(): Promise<number | null>
  /** SIGKILL: a crash, nothing stored on the way out. */
  kill(): Promise<void>
}

export interface StartOptions {
  dataDir: string
  port?: number
  args?: string[]
  env?: NodeJS.ProcessEnv
}

export function tempDir(prefix = 'flowstate-serve-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

export async function startServe(o: StartOptions): Promise<ServerProcess> {
  const args = ['bin/flowstate.js', 'serve', '--host', '127.0.0.1', '--port', String(o.port ?? 0), '--data', o.dataDir, '--app', APP, ...(o.args ?? [])]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...o.env } })
  let out = ''
  child.stdout!.on('data', (d) => (out += String(d)))
  child.stderr!.on('data', (d) => (out += String(d)))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const deadline = Date.now() + 60_000
  while (!/#\/host\/\S+/.test(out)) {
    if (child.exitCode !== null) throw new Error(`flowstate serve exited with ${child.exitCode}:\n${out}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`flowstate serve did not start within 60 s:\n${out}`)
    }
    await sleep(50)
  }
  const url = /On this computer: +(http:\/\/\S+\/)/.exec(out)![1]!
  const hostKey = /#\/host\/(\S+)/.exec(out)![1]!
  const port = Number(new URL(url).port)
  return {
    child,
    pid: child.pid!,
    url,
    collab: `${url.replace(/^http/, 'ws')}collab`,
    hostKey,
    port,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
      process.kill(child.pid!, 'SIGTERM')
      const code = await Promise.race([exited, sleep(20_000).then(() => 'timeout' as const)])
      if (code === 'timeout') {
        process.kill(child.pid!, 'SIGKILL')
        throw new Error(`flowstate serve did not stop within 20 s of SIGTERM:\n${out}`)
      }
      return code
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return
      process.kill(child.pid!, 'SIGKILL')
      await exited
    },
  }
}

/** POST to the server's API with the host key (or another Authorization). */
export async function post(s: Pick<ServerProcess, 'url' | 'hostKey'>, path: string, body: unknown, auth: string | null = `Bearer ${s.hostKey}`): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(new URL(path, s.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

export interface RoomLinks {
  room: string
  edit: { token: string; url: string }
  view: { token: string; url: string }
}

export async function createRoom(s: Pick<ServerProcess, 'url' | 'hostKey'>, room: string, name = 'CT imaging'): Promise<RoomLinks> {
  const r = await post(s, '/api/rooms', { room, name })
  if (r.status !== 201 && r.status !== 200) throw new Error(`POST /api/rooms: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body as unknown as RoomLinks
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/** Waits until `check` holds (polling), or fails with what it last saw. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${ms / 1000} s waiting until ${what}`)
    await sleep(25)
  }
}
