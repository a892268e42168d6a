// Free ports for servers started by browser tests. Ports come from FLOWSTATE_E2E_PORTS
// ("4170-4179") when set, so a person can keep to the ports they were given; otherwise the
// operating system hands out a free one.
import { createServer } from 'node:net'

export const HOST = '127.0.0.1'

/** Candidate ports in a random order (null: ask the operating system), so two runs rarely collide. */
export function portCandidates(): number[] | null {
  const range = process.env.FLOWSTATE_E2E_PORTS?.match(/^(\d+)-(\d+)$/)
  if (!range) return null
  const ports: number[] = []
  for (let p = Number(range[1]); p <= Number(range[2]); p++) ports.push(p)
  const shift = Math.floor(Math.random() * ports.length)
  return [...ports.slice(shift), ...ports.slice(0, shift)]
}

/** The next port of `candidates` nobody listens on (it is removed from the list). */
export async function nextFreePort(candidates: number[] | null): Promise<number> {
  if (!candidates) return listenOnce(0)
  while (candidates.length > 0) {
    const port = candidates.shift()!
    try {
      return await listenOnce(port)
    } catch {
      // taken: try the next one
    }
  }
  throw new Error(`no free port in FLOWSTATE_E2E_PORTS=${process.env.FLOWSTATE_E2E_PORTS}`)
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(port, HOST, () => {
      const address = probe.address()
      const bound = typeof address === 'object' && address ? address.port : port
      probe.close(() => resolve(bound))
    })
  })
}
