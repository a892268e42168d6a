// The addresses people can open: every network address of this machine (the laptop's Wi-Fi and
// cable), and the address links are built on. A facilitator on the server laptop itself opens
// localhost; the links they hand out must name an address the others can reach.
import type { IncomingMessage } from 'node:http'
import { networkInterfaces } from 'node:os'

export interface LanAddress {
  address: string
  /** The interface's name ("wlan0", "Ethernet 2"), so a person can tell Wi-Fi from cable. */
  name: string
}

export function lanAddresses(): LanAddress[] {
  const out: LanAddress[] = []
  for (const [name, infos] of Object.entries(networkInterfaces())) {
    for (const info of infos ?? []) if (info.family === 'IPv4' && !info.internal) out.push({ address: info.address, name })
  }
  return out
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i
const ANY = new Set(['0.0.0.0', '::', ''])

/** Whether the server listens on every interface (so its LAN addresses reach it). */
export const listensEverywhere = (host: string): boolean => ANY.has(host)

export function httpUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`
}

/**
 * The start of links for a request: --public-url when given (behind a proxy); else how the request
 * reached us, except that a request to localhost gets the first LAN address instead.
 */
export function linkBase(req: IncomingMessage, opts: { publicUrl?: string; host: string; port: number }): string {
  if (opts.publicUrl) return opts.publicUrl.endsWith('/') ? opts.publicUrl : `${opts.publicUrl}/`
  const proto = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'
  const hostHeader = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? '').split(',')[0]!.trim()
  const valid = /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(hostHeader)
  const hostname = hostHeader.replace(/:\d+$/, '')
  if (valid && !LOOPBACK.test(hostname)) return `${proto}://${hostHeader}/`
  const lan = listensEverywhere(opts.host) ? lanAddresses()[0] : undefined
  if (lan) return httpUrl(lan.address, opts.port)
  return valid ? `${proto}://${hostHeader}/` : httpUrl(listensEverywhere(opts.host) ? '127.0.0.1' : opts.host, opts.port)
}
