import { useState } from 'react'
import { createDataItem, createRole, createSystem } from '../../domain/model'
import { useStore } from '../../store'
import { freeRoleColor } from '../actions/edits'
import { NONE } from './none'
import { useDraft } from './useDraft'

type Kind = 'roles' | 'systems' | 'dataItems'
const TITLES: Record<Kind, string> = { roles: 'Roles', systems: 'Systems', dataItems: 'Data items' }
const ONE: Record<Kind, string> = { roles: 'role', systems: 'system', dataItems: 'data item' }

/**
 * The project's catalogues: roles (lanes), systems and data items. They are shared by every
 * state, so a rename here shows everywhere at once.
 */
export function CatalogueEditor() {
  const [tab, setTab] = useState<Kind>('roles')
  const kinds = Object.keys(TITLES) as Kind[]
  // Tabs as the WAI-ARIA pattern has them: one tab stop, arrows (Home, End) pick the tab.
  const onTabKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const at = kinds.indexOf(tab)
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: kinds.length - 1 }[e.key]
    if (to === undefined) return
    e.preventDefault()
    const next = kinds[(to + kinds.length) % kinds.length]!
    setTab(next)
    e.currentTarget.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus()
  }
  return (
    <section className="catalogue" aria-label="Catalogue">
      <div className="tabs" role="tablist" aria-label="Catalogue" onKeyDown={onTabKey}>
        {kinds.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            data-tab={k}
            aria-selected={tab === k}
            tabIndex={tab === k ? 0 : -1}
            className={tab === k ? 'tab is-active' : 'tab'}
            onClick={() => setTab(k)}
          >
            {TITLES[k]}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={TITLES[tab]}>
        <CatalogueList kind={tab} />
      </div>
    </section>
  )
}

function CatalogueList({ kind }: { kind: Kind }) {
  const entries = useStore((s) => s.project?.[kind] ?? NONE) as readonly { id: string; name: string; color?: string }[]
  const [name, setName] = useState('')
  const add = (e: React.FormEvent) => {
    e.preventDefault()
    const clean = name.trim()
    const { project, dispatch } = useStore.getState()
    if (!clean || !project) return
    if (entries.some((x) => x.name.toLowerCase() === clean.toLowerCase())) return setName('')
    const ok =
      kind === 'roles'
        ? dispatch({ type: 'role.add', role: createRole(clean, freeRoleColor(project)) })
        : kind === 'systems'
          ? dispatch({ type: 'system.add', system: createSystem(clean) })
          : dispatch({ type: 'dataItem.add', dataItem: createDataItem(clean) })
    if (ok) setName('')
  }
  return (
    <>
      {entries.length === 0 && <p className="hint">No {TITLES[kind].toLowerCase()} yet.</p>}
      <ul className="catalogue-list">
        {entries.map((x) => (
          <CatalogueEntry key={x.id} kind={kind} entry={x} />
        ))}
      </ul>
      <form className="inline-add" onSubmit={add}>
        <input aria-label={`New ${ONE[kind]}`} placeholder={`New ${ONE[kind]}`} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={!name.trim()}>
          Add {ONE[kind]}
        </button>
      </form>
    </>
  )
}

function CatalogueEntry({ kind, entry }: { kind: Kind; entry: { id: string; name: string; color?: string } }) {
  const rename = (name: string) => {
    if (!name.trim()) return false
    const { dispatch } = useStore.getState()
    const coalesce = { coalesce: `${kind}.rename:${entry.id}` }
    if (kind === 'roles') return dispatch({ type: 'role.rename', roleId: entry.id, name }, coalesce)
    if (kind === 'systems') return dispatch({ type: 'system.rename', systemId: entry.id, name }, coalesce)
    return dispatch({ type: 'dataItem.rename', dataItemId: entry.id, name }, coalesce)
  }
  const remove = () => {
    const { dispatch } = useStore.getState()
    if (kind === 'roles') dispatch({ type: 'role.remove', roleId: entry.id })
    else if (kind === 'systems') dispatch({ type: 'system.remove', systemId: entry.id })
    else dispatch({ type: 'dataItem.remove', dataItemId: entry.id })
  }
  const { draft, change, reset } = useDraft(entry.name, rename, (v) => v.trim())
  return (
    <li className="catalogue-entry">
      {kind === 'roles' && (
        <input
          type="color"
          className="swatch"
          aria-label={`Colour of ${entry.name}`}
          value={entry.color ?? '#9aa0a6'}
          onChange={(e) => useStore.getState().dispatch({ type: 'role.rename', roleId: entry.id, name: entry.name, color: e.target.value }, { coalesce: `role.color:${entry.id}` })}
        />
      )}
      <input aria-label={`Name of ${ONE[kind]} ${entry.name}`} value={draft} onChange={(e) => change(e.target.value)} onBlur={reset} />
      <button type="button" aria-label={`Remove ${ONE[kind]} ${entry.name}`} title={`Remove ${ONE[kind]}`} onClick={remove}>
        ✕
      </button>
    </li>
  )
}
