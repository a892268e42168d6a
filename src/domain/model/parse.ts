// Loading never throws at the user: every entry point returns the project or one line that says
// what is wrong and where (`states[0].steps[3].roleId: no role "r9"`).
import { migrate } from '../migrations'
import { describeJsonError } from './jsonSyntax'
import { formatBytes, LIMITS } from './limits'
import { checkIntegrity, formatPath, projectSchema } from './schema'
import { FORMAT, type Project } from './types'

export type ParseResult = { ok: true; project: Project; migrated: string[] } | { ok: false; error: string }

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** JSON.parse that drops keys able to reach an object's prototype, wherever they appear. */
export function safeJsonParse(text: string): unknown {
  return JSON.parse(text, (key, value) => (FORBIDDEN_KEYS.has(key) ? undefined : value))
}

export function parseProjectText(text: string): ParseResult {
  const bytes = byteLength(text)
  if (bytes > LIMITS.fileBytes) {
    return { ok: false, error: `file: ${formatBytes(bytes)} is too large; a project file holds at most ${formatBytes(LIMITS.fileBytes)}` }
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let raw: unknown
  try {
    raw = safeJsonParse(body)
  } catch {
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

function byteLength(text: string): number {
  // Cheap bound first: UTF-8 needs at most 3 bytes per UTF-16 unit.
  if (text.length * 3 <= LIMITS.fileBytes) return text.length
  return new TextEncoder().encode(text).length
}
