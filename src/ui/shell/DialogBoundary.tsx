import { Suspense, type ReactNode } from 'react'
import { Dialog } from '../actions/Dialog'
import { ErrorBoundary } from './ErrorBoundary'
import { isChunkLoadError } from './recovery'
import { TechnicalDetails } from './RecoveryActions'

/**
 * Around a dialog whose code is downloaded when it is first asked for (BPMN import and export, the
 * state picture). If that download fails on flaky Wi-Fi, or the dialog throws, a small dialog says
 * so and closes; the maps behind it are untouched, instead of the whole app giving way.
 */
export function DialogBoundary({ name, onClose, children }: { name: string; onClose(): void; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={({ error, reset }) => {
        const close = () => {
          reset()
          onClose()
        }
        return (
          <Dialog title={`${name} could not be opened`} onClose={close}>
            <p role="alert">
              {isChunkLoadError(error)
                ? 'Part of flowstate could not be downloaded, most likely because the network dropped for a moment. Your project is untouched. Check the network (Wi-Fi) and try again.'
                : 'Something went wrong while opening it. Your project is untouched and still being saved in this browser.'}
            </p>
            <TechnicalDetails error={error} />
            <div className="dialog-buttons">
              <button type="button" autoFocus onClick={close}>
                Close
              </button>
            </div>
          </Dialog>
        )
      }}
    >
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  )
}
