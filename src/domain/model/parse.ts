// Loading never throws at the user: every entry point returns the project or one line that says
// what is wrong and where (`states[0].steps[3].roleId: no role "r9"`).
import { migrate } from '../migrations'
import { describeJsonError, locateDepth } from './jsonSyntax'
import { formatBytes, LIMITS, PROJECT_LIMITS_TEXT, thousands } from './limits'
import { checkIntegrity, formatPath, projectSchema } from './schema'
import { FORMAT, type Project } from './types'

export type ParseResult = { ok: true; project: Project; migrated: string[] } | { ok: false; error: string }

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Thrown by safeJsonParse for a value nested deeper than LIMITS.jsonDepth. */
export class JsonTooDeepError extends Error {
  override name = 'JsonTooDeepError'
}

/**
 * JSON.parse that drops keys able to reach an object's prototype, wherever they appear, and
 * refuses nesting deeper than LIMITS.jsonDepth. The engine's parser is not recursive, but a
 * reviver is (a file nested 5,000 deep overflowed the stack), and so is much that reads a value
 * later: the walk here uses a stack of its own.
 */
export function safeJsonParse(text: string, maxDepth: number = LIMITS.jsonDepth): unknown {
  const root: unknown = JSON.parse(text)
  const stack: [value: object, depth: number][] = []
  if (typeof root === 'object' && root !== null) stack.push([root, 1])
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!
    if (depth > maxDepth) throw new JsonTooDeepError(`nested more than ${thousands(maxDepth)} levels deep`)
    if (Array.isArray(value)) {
      for (const x of value) if (typeof x === 'object' && x !== null) stack.push([x, depth + 1])
      continue
    }
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) {
      if (FORBIDDEN_KEYS.has(key)) delete record[key]
      else {
        const x = record[key]
        if (typeof x === 'object' && x !== null) stack.push([x, depth + 1])
      }
    }
  }
  return root
}

export function parseProjectText(text: string): ParseResult {
  const bytes = byteLength(text)
  if (bytes > LIMITS.projectFileBytes) return { ok: false, error: `file: ${tooLarge(bytes)}` }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let raw: unknown
  try {
    raw = safeJsonParse(body)
  } catch (e) {
    if (e instanceof JsonTooDeepError) {
      const at = locateDepth(body, LIMITS.jsonDepth)
      const where = at ? ` (at line ${thousands(at.line)}, column ${thousands(at.column)})` : ''
      return { ok: false, error: `file: not a flowstate project: nested more than ${thousands(LIMITS.jsonDepth)} levels deep${where}; a project nests 6 levels` }
    }
    // The engine's own message differs between browsers and often has no position: find it ourselves.
    return { ok: false, error: `file: ${describeJsonError(body)}` }
  }
  return parseProject(raw)
}

export function parseProject(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'file: not a flowstate project (expected a JSON object)' }
  }
  const doc = raw as Record<string, unknown>
  if (doc.format !== FORMAT) {
    return { ok: false, error: `format: not a flowstate project (format is ${JSON.stringify(doc.format ?? null)}, expected "${FORMAT}")` }
  }
  const migrated = migrate(doc)
  if (!migrated.ok) return migrated
  const result = projectSchema.safeParse(migrated.value)
  if (!result.success) {
    const issue = result.error.issues[0]!
    return { ok: false, error: `${formatPath(issue.path)}: ${issue.message}` }
  }
  const project = result.data as Project
  const problem = checkIntegrity(project)
  if (problem) return { ok: false, error: problem }
  return { ok: true, project, migrated: migrated.applied }
}

export { serializeProject } from './serialize'

/** Why a project file of `bytes` is refused, in the user's terms: steps and flows first. */
export function tooLarge(bytes: number): string {
  return `${formatBytes(bytes)} is more than a project file can be (${formatBytes(LIMITS.projectFileBytes)}); ${PROJECT_LIMITS_TEXT}`
}

function byteLength(text: string): number {
  // Cheap bounds first: UTF-8 needs at least 1 and at most 3 bytes per UTF-16 unit.
  if (text.length * 3 <= LIMITS.projectFileBytes || text.length > LIMITS.projectFileBytes) return text.length
  return new TextEncoder().encode(text).length
}
