// Roles, systems and data items named in an imported file join the project's catalogues by name:
// "Nurse" in two files (or in the open project) is one role, so the diff and the duplicate
// documentation check see the same person and the same data.
import { ROLE_COLORS } from '../../domain/model/factories'
import { newId } from '../../domain/model/ids'
import { clipText, LIMITS } from '../../domain/model/limits'
import type { DataItem, Role, System } from '../../domain/model/types'

export interface Catalogue {
  roles: Role[]
  systems: System[]
  dataItems: DataItem[]
}

export const emptyCatalogue = (): Catalogue => ({ roles: [], systems: [], dataItems: [] })

/** Catalogue names are single-line: whitespace and line breaks folded to one space. */
export function catalogueName(raw: string): string {
  return clipText(raw.replace(/\s+/g, ' ').trim(), LIMITS.nameChars)
}

/** Two names that are one catalogue entry have the same key. */
export const catalogueKey = (name: string): string => catalogueName(name).toLowerCase()
const key = catalogueKey

/** Finds entries by name in an existing catalogue and creates the missing ones (collected in `added`). */
export class CatalogueResolver {
  readonly added: Catalogue = emptyCatalogue()
  private readonly roles = new Map<string, Role>()
  private readonly systems = new Map<string, System>()
  private readonly items = new Map<string, DataItem>()
  private roleCount: number

  constructor(existing: Catalogue = emptyCatalogue()) {
    for (const r of existing.roles) if (!this.roles.has(key(r.name))) this.roles.set(key(r.name), r)
    for (const s of existing.systems) if (!this.systems.has(key(s.name))) this.systems.set(key(s.name), s)
    for (const d of existing.dataItems) if (!this.items.has(key(d.name))) this.items.set(key(d.name), d)
    this.roleCount = existing.roles.length
  }

  role(name: string): Role {
    const found = this.roles.get(key(name))
    if (found) return found
    const role: Role = { id: newId('r'), name: catalogueName(name), color: ROLE_COLORS[this.roleCount++ % ROLE_COLORS.length]! }
    this.roles.set(key(name), role)
    this.added.roles.push(role)
    return role
  }

  system(name: string): System {
    const found = this.systems.get(key(name))
    if (found) return found
    const system: System = { id: newId('sys'), name: catalogueName(name) }
    this.systems.set(key(name), system)
    this.added.systems.push(system)
    return system
  }

  dataItem(name: string): DataItem {
    const found = this.items.get(key(name))
    if (found) return found
    const item: DataItem = { id: newId('d'), name: catalogueName(name) }
    this.items.set(key(name), item)
    this.added.dataItems.push(item)
    return item
  }
}
