import { BLOCKED_MESSAGE } from '../../persistence'

/** Covers the app when a newer flowstate owns the storage: this tab must not write any more. */
export function BlockedNotice() {
  return (
    <div className="modal-backdrop blocking">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="blocked-title">
        <h2 id="blocked-title">{capitalize(BLOCKED_MESSAGE)}</h2>
        <p>This tab has stopped saving so that it cannot overwrite what the newer version stored. Changes made here since then are not saved.</p>
        <div className="modal-actions">
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload this tab
          </button>
        </div>
      </div>
    </div>
  )
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
