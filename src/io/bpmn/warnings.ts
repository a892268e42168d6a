// Warnings a user reads after an import or export. Repeated findings are folded into one line
// with a count and a few examples, so a file with 300 annotations gives one line, not 300.
export class WarningList {
  private readonly groups = new Map<string, { text: (n: number) => string; examples: string[]; count: number }>()

  /** `text(n)` words the finding for n occurrences; `example` names one element (its label or id). */
  add(key: string, text: (n: number) => string, example?: string): void {
    let g = this.groups.get(key)
    if (!g) {
      g = { text, examples: [], count: 0 }
      this.groups.set(key, g)
    }
    g.count++
    if (example !== undefined && g.examples.length < 3) g.examples.push(example)
  }

  list(): string[] {
    return [...this.groups.values()].map((g) => {
      const more = g.count > g.examples.length ? ', …' : ''
      const examples = g.examples.length > 0 ? ` (${g.examples.map((e) => JSON.stringify(e)).join(', ')}${more})` : ''
      return g.text(g.count) + examples
    })
  }
}

/** "1 text annotation" / "3 text annotations" */
export function count(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`
}
