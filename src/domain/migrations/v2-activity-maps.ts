import type { Migration } from './types'

// Version 3 adds the projects' activity maps (which event-log activity is which step of a state,
// and the state's go-live). The field is optional, so a version 2 file means the same in
// version 3: only the number changes, which keeps an older flowstate from opening a file whose
// mappings it would silently drop.
export const v2ActivityMaps: Migration = {
  id: 'v2-activity-maps',
  from: 2,
  to: 3,
  up(doc) {
    return { ...doc, version: 3 }
  },
}
