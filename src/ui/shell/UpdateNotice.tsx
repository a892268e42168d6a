import { useState, useSyncExternalStore } from 'react'
import type { ProjectSession } from '../../persistence'
import { updateOffer, type UpdateOffer } from './offlineWorker'
import './updateNotice.css'

type Phase = 'offered' | 'saving' | 'unsaved'

/**
 * "A new version of flowstate is ready", with Reload and Not now. Nothing reloads until the user
 * says so, and then only once the open project's changes are stored: a change that cannot be
 * stored keeps the page as it is and says why.
 */
export function UpdateNotice({
  session,
  offer = updateOffer(),
}: {
  session: Pick<ProjectSession, 'flush' | 'hasPending'> | undefined
  offer?: UpdateOffer
}) {
  const found = useSyncExternalStore(offer.subscribe, offer.getSnapshot)
  // The newer build the user put off; a later one is offered again.
  const [dismissed, setDismissed] = useState(0)
  const [phase, setPhase] = useState<Phase>('offered')
  if (found === 0 || found === dismissed) return null

  const reload = async () => {
    setPhase('saving')
    if (session) {
      await session.flush().catch(() => {})
      if (session.hasPending) {
        setPhase('unsaved')
        return
      }
    }
    offer.apply()
  }
  const later = () => {
    setDismissed(found)
    setPhase('offered')
  }

  return (
    <div className="update-notice" role="status">
      <p className="update-notice-text">
        <strong>A new version of flowstate is ready.</strong>{' '}
        {phase === 'unsaved'
          ? 'Your latest changes are not saved yet, so the page has not reloaded. Export the project to keep them, or try again once they are saved.'
          : phase === 'saving'
            ? 'Saving your changes, then reloading…'
            : 'Reload to use it; your work is saved first.'}
      </p>
      <div className="update-notice-actions">
        <button type="button" className="primary" onClick={() => void reload()} disabled={phase === 'saving'}>
          {phase === 'unsaved' ? 'Try again' : 'Reload'}
        </button>
        <button type="button" className="quiet" onClick={later} disabled={phase === 'saving'}>
          Not now
        </button>
      </div>
    </div>
  )
}
