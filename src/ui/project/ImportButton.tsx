import { useState, type ChangeEvent } from 'react'
import type { Project } from '../../domain/model'
import { acceptAttribute, importFile } from './importers'
import { dismissImportNotice, rememberImportWarnings } from './importNotices'

export interface ImportButtonProps {
  /** Stores the imported project (and opens it). A rejection is shown like a bad file. */
  onImport(project: Project): Promise<void>
}

/**
 * The "Import" control: a file input styled as a button. A file that cannot be read changes
 * nothing; its problem is shown beside the button until the next import.
 */
export function ImportButton({ onImport }: ImportButtonProps) {
  const [problem, setProblem] = useState<string | null>(null)
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
    <div className="import">
      <label className={`button file-button${busy ? ' busy' : ''}`}>
        Import
        <input type="file" className="visually-hidden" accept={acceptAttribute()} onChange={onChange} disabled={busy} />
      </label>
      {problem && (
        <p className="import-problem" role="alert">
          {problem}
          <button type="button" className="link" onClick={() => setProblem(null)} aria-label="Dismiss import message">
            ×
          </button>
        </p>
      )}
    </div>
  )
}
