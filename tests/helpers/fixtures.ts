import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseProjectText, type Project } from '../../src/domain/model'

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
export const readFixture = (name: string): string => readFileSync(fixturePath(name), 'utf8')

/** Loads a fixture project through the real parser, so fixtures stay valid files. */
export function loadProject(name = 'schema/valid.small.flowstate.json'): Project {
  const result = parseProjectText(readFixture(name))
  if (!result.ok) throw new Error(`fixture ${name} is invalid: ${result.error}`)
  return result.project
}
