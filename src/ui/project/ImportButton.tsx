import { useState, type ChangeEvent } from 'react'
import type { Project } from '../../domain/model'
import { acceptAttribute, importFile } from './importers'
import { dismissImportNotice, rememberImportWarnings } from './importNotices'

export interface ImportButtonProps {
  /** Stores the imported project (and opens it). A rejection is shown like a bad file. */
  onImport(project: Project): Promise<void>
  /**
   * Why the last file could not be imported (null: no problem, or a new import started). The
   * screen shows it in a row of its own, below its header, so the header never reflows.
   */
  onProblem(problem: string | null): void
}

/** The "Import" control: a file input styled as a button. A file that cannot be read changes nothing. */
export function ImportButton({ onImport, onProblem: setProblem }: ImportButtonProps) {
  const [busy, setBusy] = useState(false)

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget
    const file = input.files?.[0]
    input.value = '' // choosing the same file again must fire again
    if (!file) return
    setBusy(true)
    setProblem(null)
    try {
      const result = await importFile(file)
      if (!result.ok) setProblem(`Could not import “${file.name}”: ${result.error}`)
      else {
        // Whatever the importer could not take over is shown once, by the project view it opens in.
        const key = result.project.states[0]?.id
        if (key && result.warnings?.length) rememberImportWarnings(key, file.name, result.warnings)
        try {
          await onImport(result.project)
        } catch (err) {
          if (key) dismissImportNotice(key)
          throw err
        }
      }
    } catch (err) {
      setProblem(`Could not import “${file.name}”: ${err instanceof Error ? err.message : String(err)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <label className={`button file-button${busy ? ' busy' : ''}`}>
      Import
      <input type="file" className="visually-hidden" accept={acceptAttribute()} onChange={onChange} disabled={busy} />
    </label>
  )
}

/** A problem in a row of its own, until dismissed or replaced. */
export function ProblemRow({ problem, onDismiss }: { problem: string; onDismiss(): void }) {
  return (
    <div className="notice-row">
      <p className="notice-text" role="alert">
        {problem}
      </p>
      <button type="button" className="quiet notice-dismiss" onClick={onDismiss} aria-label="Dismiss this message" title="Dismiss">
        ×
      </button>
    </div>
  )
}
