// What `flowstate serve` prints once it listens: where to open it, the facilitator link (with the
// host key: whoever has it can share projects to this server and revoke links), and where the
// data lives.
import { httpUrl, lanAddresses, listensEverywhere } from './addresses'
import type { RunningServer, ServeOptions } from './server'

export function printBanner(s: RunningServer, o: Pick<ServeOptions, 'host' | 'publicUrl' | 'redis' | 'postgres'>): string {
  const local = httpUrl(listensEverywhere(o.host) ? 'localhost' : o.host, s.port)
  const lan = listensEverywhere(o.host) ? lanAddresses() : []
  const lines = ['', 'flowstate serve: the workshop server is running.', '']
  lines.push(`  On this computer:     ${local}`)
  if (o.publicUrl) lines.push(`  For everyone:         ${o.publicUrl}`)
  for (const [i, a] of lan.entries()) lines.push(`  ${i === 0 ? 'For the others:      ' : '                     '} ${httpUrl(a.address, s.port)}  (${a.name})`)
  if (!o.publicUrl && lan.length === 0) lines.push(`  For the others:       ${listensEverywhere(o.host) ? 'no network found: connect this computer to the workshop network' : `only this computer can reach ${o.host}; start with --host 0.0.0.0 to let others in`}`)
  lines.push('', '  Facilitator link (keep it to yourself: it shares projects and withdraws links):')
  lines.push(`    ${local}#/host/${s.hostKey}`)
  lines.push('', `  Data:                 ${s.storage}`)
  lines.push(`  Secret:               ${s.secretSource}`)
  if (o.redis) lines.push('  Redis:                on: other processes with the same database and Redis serve the same projects')
  lines.push(`  App:                  ${s.appDir}`)
  lines.push(`  Health check:         ${local}healthz`)
  lines.push('', '  Stop with Ctrl+C: every open project is stored first.', '')
  return lines.join('\n') + '\n'
}
