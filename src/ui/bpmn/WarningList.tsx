import './bpmn.css'

/** Warnings of a BPMN import or export, as plain text (labels from files are never markup). */
export function WarningList({ warnings, title }: { warnings: readonly string[]; title: string }) {
  if (warnings.length === 0) return null
  return (
    <section className="bpmn-warnings" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </section>
  )
}
