// File importers by file-name ending. To read another format, add an Importer to IMPORTERS
// (e.g. `.bpmn`): the Import control accepts its endings and routes such files to it.
import { formatBytes, LIMITS, type Project } from '../../domain/model'
import { decodeUtf8 } from '../../io/utf8'
import { bpmnImporter } from '../bpmn/bpmnImporter'

export type ImportResult = { ok: true; project: Project; warnings?: string[] } | { ok: false; error: string }

export interface Importer {
  /** File-name endings, lower case with the dot, longest first wins (".flowstate.json" before ".json"). */
  extensions: readonly string[]
  /** What the files are, for messages ("a flowstate project"). */
  description: string
  /** The largest file it reads, said before reading it. */
  maxBytes: number
  /** The file's bytes: each importer decodes its own format (a BPMN file may declare its encoding). */
  read(bytes: Uint8Array, fileName: string): ImportResult | Promise<ImportResult>
}

export const flowstateImporter: Importer = {
  extensions: ['.flowstate.json', '.json'],
  description: 'a flowstate project (.flowstate.json)',
  maxBytes: LIMITS.projectFileBytes,
  read: async (bytes) => {
    const { text, warning } = decodeUtf8(bytes)
    // The schema (zod) loads when a file is imported, not with the app's first screen.
    const result = (await import('../../domain/model/parse')).parseProjectText(text)
    return result.ok && warning ? { ...result, warnings: [warning] } : result
  },
}

export const IMPORTERS: Importer[] = [flowstateImporter, bpmnImporter]

/** The importer for a file name: the one with the longest matching ending. */
export function importerFor(fileName: string, importers: readonly Importer[] = IMPORTERS): Importer | undefined {
  const name = fileName.toLowerCase()
  let best: { importer: Importer; length: number } | undefined
  for (const importer of importers) {
    for (const ext of importer.extensions) {
      if (name.endsWith(ext) && ext.length > (best?.length ?? 0)) best = { importer, length: ext.length }
    }
  }
  return best?.importer
}

/** The `accept` attribute of the Import file input. */
export function acceptAttribute(importers: readonly Importer[] = IMPORTERS): string {
  return [...new Set(importers.flatMap((i) => i.extensions))].join(',')
}

/** Reads a file chosen by the user into a project, or says in one line why it cannot. */
export async function importFile(file: File, importers: readonly Importer[] = IMPORTERS): Promise<ImportResult> {
  const importer = importerFor(file.name, importers)
  if (!importer) {
    const known = [...new Set(importers.flatMap((i) => i.extensions))].join(', ')
    return { ok: false, error: `file: flowstate cannot read this kind of file; it imports ${known}` }
  }
  if (file.size > importer.maxBytes) {
    return { ok: false, error: `file: ${formatBytes(file.size)} is more than ${importer.description} can be (${formatBytes(importer.maxBytes)})` }
  }
  try {
    return await importer.read(new Uint8Array(await file.arrayBuffer()), file.name)
  } catch (e) {
    return { ok: false, error: `file: could not read it as ${importer.description} (${e instanceof Error ? e.message : String(e)})` }
  }
}
