// The server's secret: FLOWSTATE_SECRET when set (the same value on every process behind a load
// balancer), else a random one created once in the data folder and kept there, so links and the
// host key survive a restart.
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'

export const SECRET_FILE = 'secret'
const MIN_LENGTH = 16

export interface Secret {
  value: Buffer
  /** Where it came from, for the start banner ("FLOWSTATE_SECRET" or the file's path). */
  source: string
}

export class SecretProblem extends Error {}

export function loadSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): Secret {
  const fromEnv = env.FLOWSTATE_SECRET
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_LENGTH) throw new SecretProblem(`FLOWSTATE_SECRET is ${fromEnv.length} characters; use at least ${MIN_LENGTH} (for example: openssl rand -hex 32)`)
    return { value: Buffer.from(fromEnv, 'utf8'), source: 'FLOWSTATE_SECRET' }
  }
  const path = join(dataDir, SECRET_FILE)
  mkdirSync(dataDir, { recursive: true })
  // Written beside it, then linked into place: of two processes starting at once, one creates it
  // and the other reads the whole of it, never half.
  const draft = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(draft, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 })
    linkSync(draft, path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new SecretProblem(`cannot create the secret file ${path} (${(e as Error).message})`)
  } finally {
    rmSync(draft, { force: true })
  }
  const text = readFileSync(path, 'utf8').trim()
  if (text.length < MIN_LENGTH) throw new SecretProblem(`the secret file ${path} is empty or too short; delete it to make a new one (every link given out so far stops working)`)
  return { value: Buffer.from(text, 'utf8'), source: path }
}
