import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ACTIONS } from '../../src/ui/actions/registry'

const ARROWS: Record<string, string> = { arrowright: '→', arrowleft: '←', arrowup: '↑', arrowdown: '↓', escape: 'Esc', enter: 'Enter', tab: 'Tab', delete: 'Delete', backspace: 'Backspace' }

/** "mod+shift+z" as the README writes it: "Ctrl/Cmd+Shift+Z". */
function asWritten(keys: string): string {
  const parts = keys.split('+')
  const key = parts.pop()!
  const mods = parts.map((m) => ({ mod: 'Ctrl/Cmd', ctrl: 'Ctrl', alt: 'Alt', shift: 'Shift' })[m]!)
  return [...mods, ARROWS[key] ?? (key.length === 1 ? key.toUpperCase() : key.toUpperCase())].join('+')
}

/** Keys the README names that are not actions: they belong to one text field (see LabelEditor, OutlineStep). */
const FIELD_KEYS = new Set(['Shift+Enter'])

function keyboardSection(): string {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8')
  const start = readme.indexOf('## Capture a workflow with the keyboard')
  expect(start).toBeGreaterThanOrEqual(0)
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end < 0 ? undefined : end)
}

describe('the README keyboard section', () => {
  it('names every listed shortcut of the actions, and no key the app does not have', () => {
    // given the section and the actions' shortcuts
    const section = keyboardSection()
    const written = new Set([...section.matchAll(/`([^`]+)`/g)].map((m) => m[1]!))
    const shortcuts = new Set(ACTIONS.filter((a) => a.listed !== false).flatMap((a) => a.shortcuts.map((s) => asWritten(s.keys))))
    // then each shortcut is written down ...
    for (const keys of shortcuts) expect(written, `README misses ${keys}`).toContain(keys)
    // ... and each key written down is a shortcut or a text field's own key
    for (const keys of written) expect(shortcuts.has(keys) || FIELD_KEYS.has(keys), `README names ${keys}, which no action has`).toBe(true)
  })
})
