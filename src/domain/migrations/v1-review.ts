import type { Migration } from './types'

// Version 2 adds comments, pain points and sign-offs. Both lists are optional, so a version 1
// file means the same in version 2; a step's free-text `notes` stay notes (they were never a
// thread with an author, and turning them into comments would invent one).
export const v1Review: Migration = {
  id: 'v1-review-comments-and-sign-offs',
  from: 1,
  to: 2,
  up(doc) {
    return { ...doc, version: 2 }
  },
}
