// The example projects are stored on first start. Each one is remembered once stored (by file
// name and project id), so an example the user deleted does not come back, and an example added
// in a later version is still stored once.
import type { Repository } from './repository'

export interface ExampleFile {
  /** The file name, e.g. "sterile-processing.flowstate.json". */
  name: string
  read(): Promise<string>
}

const SEEDED_KEY = 'seededExamples'

interface Seeded {
  files: string[]
  projectIds: string[]
}

/** Stores the examples not stored before. Returns the names of the ones stored now; a broken file is reported, not stored. */
export async function seedExamples(repo: Repository, files: readonly ExampleFile[]): Promise<{ stored: string[]; problems: string[] }> {
  const seeded = await readSeeded(repo)
  const stored: string[] = []
  const problems: string[] = []
  for (const file of files) {
    if (seeded.files.includes(file.name)) continue
    // Loaded here, not with the app's first screen: only a first start reads example files.
    const { parseProjectText } = await import('../domain/model/parse')
    const parsed = parseProjectText(await file.read())
    if (!parsed.ok) {
      problems.push(`${file.name}: ${parsed.error}`)
      continue
    }
    const id = parsed.project.id
    // Two tabs starting at once both get here: the check, the insert and the record are one transaction.
    const isNew = await repo.db.transaction('rw', [repo.db.meta, repo.db.projects, repo.db.entities], async () => {
      const now = await readSeeded(repo)
      if (now.files.includes(file.name) || now.projectIds.includes(id)) return false
      const exists = (await repo.db.projects.get(id)) !== undefined
      if (!exists) await repo.insert(parsed.project, { keepUpdatedAt: true })
      await repo.db.meta.put({ key: SEEDED_KEY, value: { files: [...now.files, file.name], projectIds: [...now.projectIds, id] } satisfies Seeded })
      return !exists
    })
    if (isNew) stored.push(file.name)
  }
  return { stored, problems }
}

async function readSeeded(repo: Repository): Promise<Seeded> {
  const row = await repo.db.meta.get(SEEDED_KEY)
  const v = (row?.value ?? {}) as Partial<Seeded>
  return { files: v.files ?? [], projectIds: v.projectIds ?? [] }
}
