import { CommandError, defineCommand } from './define'
import { dropEmptyMaps, mapOf } from './activityMap'

/** Sets the day a state went live (YYYY-MM-DD), or clears it (null): the adoption curve marks it and "after go-live" starts there. */
export const stateGoLive = defineCommand('state.goLive', (p, a: { stateId: string; mapId: string; goLive: string | null }) => {
  if (a.goLive !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(a.goLive) || new Date(`${a.goLive}T00:00:00Z`).toISOString().slice(0, 10) !== a.goLive)) {
    throw new CommandError(`"${a.goLive}" is not a day (YYYY-MM-DD)`)
  }
  const m = mapOf(p, a.stateId, a.mapId)
  if (a.goLive === null) delete m.goLive
  else m.goLive = a.goLive
  dropEmptyMaps(p)
})
