import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseProjectText, type Project } from '../../src/domain/model'

// Relative to the repository root (vitest's working directory), so it works under jsdom too.
export const fixturePath = (name: string): string => join(process.cwd(), 'tests/fixtures', name)
export const readFixture = (name: string): string => readFileSync(fixturePath(name), 'utf8')

/** Loads a fixture project through the real parser, so fixtures stay valid files. */
export function loadProject(name = 'schema/valid.small.flowstate.json'): Project {
  const result = parseProjectText(readFixture(name))
  if (!result.ok) throw new Error(`fixture ${name} is invalid: ${result.error}`)
  return result.project
}
