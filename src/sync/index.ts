// Shared projects (live workshops): the public face of src/sync for the store, the shell and
// the workshop screens. See docs/sync.md for the design.
//
// - Open: `openSharedProject(repo, id)` → a SharedSession; `session.attach(sharedHost(useStore.getState))`
//   shows it in the store and routes every command, undo and redo through its Y.Doc.
// - Share and join: `shareProject(repo, id, link)` seeds the doc from a solo project (only the
//   sharer, once); `joinProject(repo, link, name)` keeps a join link, and the content arrives from
//   the server on the first open.
// - Presence: `session.presence.setUser({ name, role, color })`, `.setView({ pane, selection, … })`,
//   `.getPeers()` and `.subscribe(…)` (for useSyncExternalStore).
// - Connection chip: `session.getConnection()` → { status, people, unsynced, denied },
//   `session.subscribeConnection(…)`.
// - Conflicts: `session.onConflict(notice => …)`, with `notice.message` in the domain's words.
// - A replaced link: `session.relink(link)` stores it and connects again with it.
export { SharedSession, type ConnectOptions } from './sharedSession'
export { SharedDoc, sharedHost, VIEW_ONLY_MESSAGE, type Access, type SharedHost } from './session'
export { openSharedProject, shareProject, joinProject, sharedRows, NEWER_DOC_MESSAGE, NOT_REACHED_MESSAGE, type OpenOptions, type OpenShared } from './open'
export { collabUrl, DENIED_MESSAGE, type ConnectionState, type ConnectionStatus } from './connection'
export { EMPTY_VIEW, type Peer, type Presence, type PresenceUser, type PresenceView } from './presence'
export type { ConflictNotice } from './conflicts'
export type { SharedDocument, SharedEdit } from './types'
export type { SharedLink } from '../persistence/db'
