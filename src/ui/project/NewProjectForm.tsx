import { useState } from 'react'

/** Names and creates a project; an empty name gets a placeholder the user can rename later. */
export function NewProjectForm({ onCreate }: { onCreate(name: string): Promise<void> }) {
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  return (
    <form
      className="new-project"
      onSubmit={async (e) => {
        e.preventDefault()
        setBusy(true)
        try {
          await onCreate(name.trim() || 'Untitled workflow')
          setName('')
        } finally {
          setBusy(false)
        }
      }}
    >
      <label htmlFor="new-project-name">New project</label>
      <input id="new-project-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Sterile processing, OR 3" maxLength={200} />
      <button type="submit" className="primary" disabled={busy}>
        Create
      </button>
    </form>
  )
}
