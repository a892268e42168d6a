import { useId, type ReactNode } from 'react'
import { useDraft } from './useDraft'

/** A labelled text field that commits as it is typed (see useDraft). */
export function TextField({
  label,
  value,
  commit,
  multiline,
  normalize,
  maxLength,
  placeholder,
}: {
  label: string
  value: string
  commit(v: string): boolean
  multiline?: boolean
  normalize?: (v: string) => string
  maxLength?: number
  placeholder?: string
}) {
  const id = useId()
  const { draft, change, reset } = useDraft(value, commit, normalize)
  const common = { id, value: draft, maxLength, placeholder, onBlur: reset }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} /> : <input {...common} onChange={(e) => change(e.target.value)} />}
    </div>
  )
}

/** Minutes: empty clears the value; anything that is not a number of 0 or more is not committed. */
export function MinutesField({ label, value, commit }: { label: string; value: number | undefined; commit(v: number | undefined): boolean }) {
  const id = useId()
  const text = value === undefined ? '' : String(value)
  const { draft, change, reset } = useDraft(text, (v) => {
    if (v.trim() === '') return commit(undefined)
    const n = Number(v)
    return Number.isFinite(n) && n >= 0 && n <= 1e7 ? commit(n) : false
  }, (v) => (v.trim() === '' ? '' : String(Number(v))))
  return (
    <div className="field field-minutes">
      <label htmlFor={id}>{label}</label>
      <div className="with-unit">
        <input id={id} type="number" min={0} step="any" inputMode="decimal" value={draft} onChange={(e) => change(e.target.value)} onBlur={reset} />
        <span aria-hidden="true">min</span>
      </div>
    </div>
  )
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  children,
}: {
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange(v: T): void
  children?: ReactNode
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
    </div>
  )
}
