import type { Migration } from './types'

// Version 2 adds the projects' activity maps (which event-log activity is which step of a state,
// and the state's go-live). The field is optional, so a version 1 file means the same in
// version 2: only the number changes, which keeps an older flowstate from opening a file whose
// mappings it would silently drop.
export const v1ActivityMaps: Migration = {
  id: 'v1-activity-maps',
  from: 1,
  to: 2,
  up(doc) {
    return { ...doc, version: 2 }
  },
}
