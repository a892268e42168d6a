import { StateCanvas } from './StateCanvas'

/** The content of one state's region: its canvas (or outline) and pane tools. */
export function StatePane({ stateId }: { stateId: string }) {
  return <StateCanvas stateId={stateId} />
}
