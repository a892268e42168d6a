// Counted nouns in what the command prints: "1 system", "2 systems", "1 data item".

/** "1 handoff" / "3 handoffs"; `many` for irregular plurals ("1 process", "2 processes"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
