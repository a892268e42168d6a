// The built app, served from the same port as the API and the WebSocket: a page opened from the
// workshop laptop's address needs nothing else. Only files inside the app folder are served.
import { createReadStream, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

export function serveStatic(req: IncomingMessage, res: ServerResponse, appDir: string, path: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
    res.end('Only GET and HEAD are served here.\n')
    return
  }
  const root = resolve(appDir)
  let relative: string
  try {
    relative = decodeURIComponent(path)
  } catch {
    return notFound(res)
  }
  if (relative.includes('\0')) return notFound(res)
  const file = resolve(join(root, relative.endsWith('/') ? `${relative}index.html` : relative))
  if (file !== root && !file.startsWith(root + sep)) return notFound(res)
  let size: number
  try {
    const st = statSync(file)
    if (!st.isFile()) return notFound(res)
    size = st.size
  } catch {
    return notFound(res)
  }
  // Hashed bundle files never change; the page, the worker and the manifest must be asked for again.
  const hashed = /[/\\]assets[/\\]/.test(file.slice(root.length))
  res.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = createReadStream(file)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
  res.end('Not found.\n')
}
