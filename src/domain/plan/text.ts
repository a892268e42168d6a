// Small wording helpers shared by the task builders, so every task reads the same way.
import type { StepRef } from '../diff/types'

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** A step as people name it: its label, or its kind when it has none. */
export function stepLabel(step: Pick<StepRef, 'label' | 'kind'>): string {
  const label = step.label.replace(/\s+/g, ' ').trim()
  return label === '' ? `(unnamed ${step.kind})` : label
}

export function roleLabel(role: string | null): string {
  return role ?? 'no role'
}

export function systemLabel(system: string | null): string {
  return system ?? 'no system'
}

/** Lower-case words joined by hyphens: a readable, stable key for ids. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return s === '' ? 'x' : s
}

export function normalizeName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Deterministic, locale-free ordering by name. */
export function byName<T>(name: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = name(a).toLowerCase()
    const y = name(b).toLowerCase()
    return x < y ? -1 : x > y ? 1 : name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0
  }
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}

/**
 * A task's description and details as one plain-text note, for tools with a single text field.
 * Details start with a bullet character, never with "-", so no line reads as a formula or a list.
 */
export function taskNotes(task: { description: string; details: readonly string[] }): string {
  return [task.description, ...task.details.map((d) => `• ${d}`)].join('\n')
}
