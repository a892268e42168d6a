// A tiny static server for the bpmn.io check: a page, the bpmn-js viewer bundle from
// node_modules and the BPMN file under test, on a port of FLOWSTATE_E2E_PORTS when set
// (else 4190-4199).
import { createServer, type Server } from 'node:http'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { HOST, nextFreePort, portCandidates } from '../ports'

const PORTS = Array.from({ length: 10 }, (_, i) => 4190 + i)

export interface StaticSite {
  url: string
  close(): Promise<void>
}

export async function serveFiles(files: Record<string, { type: string; body: string | Buffer }>): Promise<StaticSite> {
  const port = await nextFreePort(portCandidates() ?? [...PORTS])
  const server: Server = createServer((req, res) => {
    const file = files[(req.url ?? '/').split('?')[0]!]
    if (!file) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': file.type }).end(file.body)
  })
  await new Promise<void>((resolve) => server.listen(port, HOST, resolve))
  return {
    url: `http://${HOST}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export const bpmnJs = (file: string): Buffer => readFileSync(join(process.cwd(), 'node_modules/bpmn-js/dist', file))
