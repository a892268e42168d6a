// A plain static file server, as a department's web server would be: files from one folder under
// a sub-path (/dept/flowstate/), the right content types, a folder's index.html, a redirect from a
// folder named without its slash, and nothing else: no rewrite to index.html for unknown paths.
import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { HOST, nextFreePort, portCandidates } from './ports'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export interface StaticServer {
  /** The site's address, with its sub-path and a trailing slash: http://127.0.0.1:4301/dept/flowstate/ */
  url: string
  /** Every path asked for, in order, with the status answered: "200 /dept/flowstate/sw.js". */
  requests: string[]
  close(): Promise<void>
}

/** Serves `root` under `base` (e.g. '/dept/flowstate/') on a free port of this run's range. */
export async function serveStatic(root: string, base: string): Promise<StaticServer> {
  const requests: string[] = []
  const server = createServer((req, res) => {
    const answer = (status: number, headers: Record<string, string> = {}, body?: Buffer | string) => {
      requests.push(`${status} ${req.url}`)
      res.writeHead(status, headers)
      res.end(body)
    }
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname)
      if (!path.startsWith(base) && path + '/' !== base) return answer(404, { 'content-type': 'text/plain' }, 'not found')
      const file = normalize(join(root, path.slice(base.length)))
      if (file !== root && !file.startsWith(root + sep)) return answer(404) // no way out of the folder
      const found = await stat(file).catch(() => null)
      if (found?.isDirectory()) {
        if (!path.endsWith('/')) return answer(301, { location: path + '/' })
        return send(join(file, 'index.html'))
      }
      return send(file)
    })()
    async function send(file: string) {
      const body = await readFile(file).catch(() => null)
      if (!body) return answer(404, { 'content-type': 'text/plain' }, 'not found')
      return answer(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }, body)
    }
  })
  const port = await listen(server)
  return {
    url: `http://${HOST}:${port}${base}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A port can be taken between the probe and the bind, so a refused one tries the next candidate. */
async function listen(server: Server): Promise<number> {
  const candidates = portCandidates()
  for (let attempt = 0; ; attempt++) {
    const port = await nextFreePort(candidates)
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, HOST, () => {
          server.off('error', reject)
          resolve()
        })
      })
      return port
    } catch (e) {
      if (attempt >= 9) throw e
    }
  }
}
