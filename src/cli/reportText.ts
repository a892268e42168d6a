// A report model (headings, paragraphs, tables, lists) as terminal text: columns padded, numbers
// right-aligned, headings bold on a colour terminal. Text from a log or a map never reaches the
// terminal with its control characters (an escape sequence in an activity name stays text).
import type { ReportBlock } from '../domain/observe'
import { maxOf } from '../domain/arrays'
import { terminalLines } from './terminal'

const clean = terminalLines

export function renderReport(blocks: readonly ReportBlock[], color: boolean): string {
  const bold = (t: string) => (color ? `\u001b[1m${t}\u001b[0m` : t)
  const lines: string[] = []
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        if (lines.length > 0) lines.push('')
        lines.push(bold(clean(b.text)))
        break
      case 'paragraph':
        lines.push(clean(b.text))
        break
      case 'list':
        for (const item of b.items) lines.push(`  - ${clean(item).replace(/\n/g, ' ')}`)
        break
      case 'table': {
        const rows = [b.header, ...b.rows].map((r) => r.map((c) => clean(c).replace(/\n/g, ' ')))
        const widths = b.header.map((_, i) => Math.min(48, maxOf(rows.map((r) => (r[i] ?? '').length))))
        const fit = (text: string, i: number) => {
          const t = text.length > widths[i]! ? `${text.slice(0, widths[i]! - 1)}…` : text
          return b.numeric[i] ? t.padStart(widths[i]!) : t.padEnd(widths[i]!)
        }
        rows.forEach((r, k) => {
          const line = `  ${r.map(fit).join('  ')}`.trimEnd()
          lines.push(k === 0 ? bold(line) : line)
        })
        break
      }
    }
  }
  return lines.join('\n') + '\n'
}
