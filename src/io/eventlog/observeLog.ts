// A log file observed against a project, in two passes over its bytes (readLog.ts): the command
// line runs this on a file on disk; the app runs the same steps on the cases it stored.
import type { Project } from '../../domain/model/types'
import { Observer, resolveMappings, type CaseResult, type Observation } from '../../domain/observe'
import { readCases, scanLog, type ByteSource, type LogReadOptions } from './readLog'

export interface ObserveLogOptions {
  read: LogReadOptions
  project: Project
  focusStateId: string
  goLive: { ms: number; source: 'given' | 'project' } | null
  onCase?: (c: CaseResult) => void
}

export async function observeLog(source: ByteSource, options: ObserveLogOptions): Promise<Observation> {
  const scan = await scanLog(source, options.read)
  const mappings = resolveMappings(options.project, scan.activities.map((a) => a.activity))
  const observer = new Observer({
    project: options.project,
    mappings,
    focusStateId: options.focusStateId,
    goLive: options.goLive,
    zone: options.read.zone,
    ...(options.onCase ? { onCase: options.onCase } : {}),
  })
  const notes = await readCases(source, options.read, scan, (c) => observer.addCase(c))
  return observer.result(notes)
}

/** The text at the start of a source, for the column-mapping step: at least `chars` characters, whole lines. */
export async function headOf(source: ByteSource, chars = 64 * 1024): Promise<string> {
  let text = ''
  let decoder: TextDecoder | null = null
  for await (const chunk of source()) {
    decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8')
    text += decoder.decode(chunk, { stream: true })
    if (text.length >= chars) break
  }
  return text
}
