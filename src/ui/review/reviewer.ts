// Who is commenting or signing, in a solo project: the name typed once, remembered in this browser.
const KEY = 'flowstate.reviewer'

export interface Reviewer {
  name: string
  /** The role the reviewer speaks for (a role id of the open project), if they chose one. */
  roleId?: string
}

export function readReviewer(): Reviewer {
  try {
    const raw = localStorage.getItem(KEY)
    const parsed: unknown = raw ? JSON.parse(raw) : null
    if (parsed && typeof parsed === 'object' && typeof (parsed as Reviewer).name === 'string') {
      const r = parsed as Reviewer
      return typeof r.roleId === 'string' ? { name: r.name, roleId: r.roleId } : { name: r.name }
    }
  } catch {
    // A browser that refuses storage (a locked-down profile) asks for the name each time.
  }
  return { name: '' }
}

export function saveReviewer(r: Reviewer): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(r))
  } catch {
    // See readReviewer.
  }
}
