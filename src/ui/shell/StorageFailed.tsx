import { useEffect, useRef } from 'react'
import { reloadPage } from './recovery'
import './recovery.css'

/** The first screen when storage would not open at all: what happened, and what to do. */
export function StorageFailed({ title, message, detail }: { title: string; message: string; detail: string }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <main className="recovery recovery-screen">
      <h1 ref={heading} tabIndex={-1} className="recovery-title">
        {title}
      </h1>
      <p role="alert">{message}</p>
      <div className="recovery-actions">
        <button type="button" className="primary" onClick={reloadPage}>
          Reload
        </button>
      </div>
      <details className="recovery-details">
        <summary>Technical details (for IT)</summary>
        <pre>{detail}</pre>
      </details>
    </main>
  )
}
