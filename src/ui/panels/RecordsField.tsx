import { useId, useState } from 'react'
import type { Command } from '../../domain/commands'
import { createDataItem, type Entry, type Step, type StepRecord } from '../../domain/model'
import { useStore } from '../../store'
import { NONE } from './none'

/** The option value for a record kept on paper or in memory. */
const NO_SYSTEM = ''

/**
 * What the step documents: a data item, in a system (or on paper), by hand or automatically.
 * Manual records are what the diff counts as duplicate documentation.
 */
export function RecordsField({ stateId, step }: { stateId: string; step: Step }) {
  const systems = useStore((s) => s.project?.systems ?? NONE)
  const items = useStore((s) => s.project?.dataItems ?? NONE)
  const [item, setItem] = useState('')
  const [systemId, setSystemId] = useState(NO_SYSTEM)
  const [entry, setEntry] = useState<Entry>('manual')
  const itemId = useId()
  const listId = useId()

  const write = (records: StepRecord[], extra: Command[] = []) =>
    useStore.getState().dispatchAll('Edit records', [...extra, { type: 'step.update', stateId, stepId: step.id, changes: { records } }])
  const change = (i: number, patch: Partial<StepRecord>) => {
    const next = step.records.map((r, k) => {
      if (k !== i) return r
      const merged = { ...r, ...patch }
      if (merged.systemId === undefined || merged.systemId === NO_SYSTEM) delete merged.systemId
      return merged
    })
    write(next)
  }
  const add = () => {
    const clean = item.trim()
    if (!clean) return
    const known = items.find((d) => d.name.toLowerCase() === clean.toLowerCase())
    const created = known ? null : createDataItem(clean)
    const record: StepRecord = { dataItemId: known?.id ?? created!.id, entry, ...(systemId === NO_SYSTEM ? {} : { systemId }) }
    write([...step.records, record], created ? [{ type: 'dataItem.add', dataItem: created }] : [])
    setItem('')
  }
  const systemOptions = (
    <>
      <option value={NO_SYSTEM}>No system (paper, memory)</option>
      {systems.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </>
  )

  return (
    <fieldset className="field records">
      <legend>Documentation</legend>
      {step.records.length > 0 && (
        <ul className="record-list">
          {step.records.map((r, i) => {
            const name = items.find((d) => d.id === r.dataItemId)?.name ?? r.dataItemId
            return (
              <li key={i} className={`record record-${r.entry}`}>
                <span className="record-icon" aria-hidden="true">
                  {r.entry === 'manual' ? '✎' : '⇄'}
                </span>
                <span className="record-item">{name}</span>
                <select aria-label={`System for ${name}`} value={r.systemId ?? NO_SYSTEM} onChange={(e) => change(i, { systemId: e.target.value })}>
                  {systemOptions}
                </select>
                <select aria-label={`How ${name} is recorded`} value={r.entry} onChange={(e) => change(i, { entry: e.target.value as Entry })}>
                  <option value="manual">By hand</option>
                  <option value="automatic">Automatically</option>
                </select>
                <button type="button" aria-label={`Remove record of ${name}`} onClick={() => write(step.records.filter((_, k) => k !== i))}>
                  ✕
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <div className="record-add">
        <label htmlFor={itemId} className="visually-hidden">
          Data item
        </label>
        <input
          id={itemId}
          list={listId}
          value={item}
          placeholder="Data item, e.g. Tray ID"
          onChange={(e) => setItem(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add()
            }
          }}
        />
        <select aria-label="Recorded in" value={systemId} onChange={(e) => setSystemId(e.target.value)}>
          {systemOptions}
        </select>
        <select aria-label="Recorded how" value={entry} onChange={(e) => setEntry(e.target.value as Entry)}>
          <option value="manual">By hand</option>
          <option value="automatic">Automatically</option>
        </select>
        <button type="button" onClick={add} disabled={!item.trim()}>
          Add record
        </button>
      </div>
      <datalist id={listId}>
        {items.map((d) => (
          <option key={d.id} value={d.name} />
        ))}
      </datalist>
    </fieldset>
  )
}
