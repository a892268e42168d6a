import { useState } from 'react'
import { useStore } from '../../store'

/** The open project's name, renamed in place (an undoable edit like any other). */
export function ProjectName() {
  const name = useStore((s) => s.project?.name ?? '')
  const [editing, setEditing] = useState(false)

  const commit = (value: string) => {
    setEditing(false)
    const next = value.trim()
    if (next && next !== name) useStore.getState().dispatch({ type: 'project.rename', name: next })
  }

  if (editing) {
    return (
      <input
        className="project-name-input"
        aria-label="Project name"
        defaultValue={name}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          e.stopPropagation()
          if (e.key === 'Enter') commit(e.currentTarget.value)
          else if (e.key === 'Escape') setEditing(false)
        }}
      />
    )
  }
  return (
    <div className="project-name">
      <h1>{name}</h1>
      <button type="button" className="quiet" onClick={() => setEditing(true)} aria-label="Rename project" title="Rename project">
        Rename
      </button>
    </div>
  )
}
