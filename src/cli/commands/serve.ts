// flowstate serve: the live-workshop server (src/server). It runs until Ctrl+C or SIGTERM, then
// stores every open project before it exits. The server's code and its packages (Hocuspocus,
// better-sqlite3, pg) load only here, so the other commands start as fast as before.
import { resolve } from 'node:path'
import type { ParsedArgs } from '../args'
import { UsageError } from '../errors'
import type { CliIo } from '../io'

export const serveSpec = { values: ['port', 'host', 'data', 'postgres', 'redis', 'redis-prefix', 'public-url', 'app'], flags: [] } as const

export async function runServe(args: ParsedArgs, io: CliIo): Promise<void> {
  if (args.positional.length > 0) throw new UsageError(`serve takes no files (got "${args.positional[0]}"); see flowstate serve --help`)
  const v = (name: string) => args.values.get(name)
  const port = Number(v('port') ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${v('port')}"`)
  const publicUrl = v('public-url')
  if (publicUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(publicUrl)) throw new UsageError('--public-url must start with http:// or https:// and name a host, e.g. https://flowstate.example.org/')
  const postgres = v('postgres')
  if (postgres !== undefined && !/^postgres(ql)?:\/\//.test(postgres)) throw new UsageError('--postgres must be a postgres:// URL, e.g. postgres://flowstate@db.example.org/flowstate')
  const redisPrefix = v('redis-prefix') ?? 'flowstate'
  if (!/^[\w.-]{1,60}$/.test(redisPrefix)) throw new UsageError('--redis-prefix must be 1 to 60 letters, digits, dots, dashes or underscores')

  const { startServer } = await import('../../server/server')
  const { consoleLog } = await import('../../server/log')
  const { printBanner } = await import('../../server/banner')
  const log = consoleLog(io.stdout, io.stderr)
  const options = {
    port,
    host: v('host') ?? '0.0.0.0',
    dataDir: resolve(v('data') ?? 'flowstate-data'),
    postgres,
    redis: v('redis'),
    redisPrefix,
    publicUrl,
    appDir: v('app') === undefined ? undefined : resolve(v('app')!),
    log,
  }
  let server: Awaited<ReturnType<typeof startServer>>
  try {
    server = await startServer(options)
  } catch (e) {
    throw new UsageError(startProblem(e, options))
  }
  io.stdout(printBanner(server, options))

  const signal = await new Promise<NodeJS.Signals>((done) => {
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
  })
  // A second Ctrl+C while storing: the person wants out now.
  const force = () => {
    io.stderr('flowstate serve: stopped without storing the open projects\n')
    process.exit(1)
  }
  process.once('SIGINT', force)
  process.once('SIGTERM', force)
  log.info(`${signal}: storing every open project, then stopping`)
  const { rooms, failed } = await server.stop()
  if (failed.length > 0) {
    log.problem(`could not store ${failed.length} of ${rooms} open projects (${failed.join(', ')}); their people still hold them and send them again to the next server`)
    process.exitCode = 1
  } else log.info(`stored ${rooms} open project${rooms === 1 ? '' : 's'}; stopped`)
  // Nothing should keep the process alive now; if a library's timer does, do not wait for it.
  setTimeout(() => process.exit(), 1_000).unref()
}

function startProblem(e: unknown, o: { port: number; host: string; dataDir: string }): string {
  const err = e as NodeJS.ErrnoException
  if (err.code === 'EADDRINUSE') return `port ${o.port} is already in use on ${o.host}: stop what runs there, or choose another with --port`
  if (err.code === 'EACCES') return `not allowed to listen on port ${o.port} (ports below 1024 need administrator rights): choose another with --port`
  if (err.code === 'EADDRNOTAVAIL') return `${o.host} is not an address of this machine: leave out --host, or give one of its addresses`
  const message = err instanceof Error ? err.message : String(e)
  return `cannot start the server: ${message.split('\n')[0]}`
}
