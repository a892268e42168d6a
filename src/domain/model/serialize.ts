import type { Project } from './types'

// Writing a project file needs no schema: kept apart from parse.ts so that code which only writes
// (the recovery screen's export, which must load with the app's first screen) does not pull in zod.

/**
 * Projects up to this many steps and flows are written indented throughout, as people read them.
 * Larger ones put each step, flow and catalogue entry on one line: a 50,000-step state indented
 * throughout is 58 MB, one entity per line 35 MB, and the file still reads and diffs line by line.
 */
export const INDENTED_ENTITIES = 5_000

/** The `.flowstate.json` text of a project. */
export function serializeProject(p: Project): string {
  const entities = p.states.reduce((n, s) => n + s.steps.length + s.flows.length, 0)
  if (entities <= INDENTED_ENTITIES) return JSON.stringify(p, null, 2) + '\n'
  const out: string[] = []
  write(out, p, [], '')
  return out.join('') + '\n'
}

/** One entity per line: the project and each state indented, what they hold one line each. */
function write(out: string[], value: unknown, path: readonly (string | number)[], indent: string): void {
  const oneLine = path.length >= 2 && !(path[0] === 'states' && path.length <= 3)
  if (value === null || typeof value !== 'object' || oneLine) {
    out.push(JSON.stringify(value))
    return
  }
  const inner = indent + '  '
  if (Array.isArray(value)) {
    if (value.length === 0 || value.every((x) => x === null || typeof x !== 'object')) {
      out.push(JSON.stringify(value))
      return
    }
    out.push('[')
    value.forEach((x, i) => {
      out.push(i === 0 ? '\n' : ',\n', inner)
      write(out, x, [...path, i], inner)
    })
    out.push('\n', indent, ']')
    return
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined)
  if (entries.length === 0) {
    out.push('{}')
    return
  }
  out.push('{')
  entries.forEach(([k, v], i) => {
    out.push(i === 0 ? '\n' : ',\n', inner, JSON.stringify(k), ': ')
    write(out, v, [...path, k], inner)
  })
  out.push('\n', indent, '}')
}
