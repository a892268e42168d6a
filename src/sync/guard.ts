// Telling a shared project's session from a solo one without loading Yjs: the screens that only
// sometimes need presence or the connection state import this, not src/sync itself.
import type { EditingSession } from '../persistence/session'
import type { SharedSession } from './sharedSession'

export function sharedSessionOf(session: EditingSession | undefined | null): SharedSession | null {
  return session && 'presence' in session && 'getConnection' in session ? (session as SharedSession) : null
}
