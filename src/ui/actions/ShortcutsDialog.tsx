import { Dialog } from './Dialog'
import { ACTIONS } from './registry'
import { formatKeys } from './shortcuts'
import type { ActionGroup } from './types'

const GROUPS: ActionGroup[] = ['Capture', 'Steps', 'Select', 'Clipboard', 'History', 'View']

/** Every action with its keys, straight from the action definitions. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      {/* Focusable so the list scrolls from the keyboard when it is taller than the screen. */}
      <div className="shortcut-groups" tabIndex={0} role="group" aria-label="Shortcuts by group">
        {GROUPS.map((g) => (
          <section key={g}>
            <h3>{g}</h3>
            <dl className="shortcut-list">
              {ACTIONS.filter((a) => a.group === g && a.shortcuts.length > 0 && a.listed !== false).map((a) => (
                <div key={a.id}>
                  <dt>{a.label}</dt>
                  <dd>
                    {[...new Set(a.shortcuts.map((s) => formatKeys(s.keys)))].map((k) => (
                      <kbd key={k}>{k}</kbd>
                    ))}
                  </dd>
                </div>
              ))}
              {g === 'Capture' && (
                <div>
                  <dt>Edit the label of the selected step</dt>
                  <dd>just type</dd>
                </div>
              )}
              {g === 'Steps' && (
                <div>
                  <dt>Menu of the selected step, or of the canvas</dt>
                  <dd>
                    <kbd>Shift+F10</kbd> <kbd>≣ Menu</kbd>
                  </dd>
                </div>
              )}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  )
}
