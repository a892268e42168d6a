import { useMemo, useState } from 'react'
import { PHASE_TITLES, PHASES, type Phase } from '../../domain/model'
import { decodeXmlBytes, importBpmn } from '../../io/bpmn'
import { useStore } from '../../store'
import { Dialog } from '../actions/Dialog'
import { bpmnStateImport, suggestedPhase, suggestedStateName } from './importState'
import { WarningList } from './WarningList'

export interface ChosenFile {
  name: string
  bytes: Uint8Array
}

/** Adds a BPMN file to the open project as a new state: the user names it, picks its phase and reads the warnings first. */
export function ImportStateDialog({ file, onClose }: { file: ChosenFile; onClose(): void }) {
  const states = useStore((s) => s.project?.states ?? [])
  const decoded = useMemo(() => decodeXmlBytes(file.bytes), [file])
  const preview = useMemo(() => importBpmn(decoded.text, { fileName: file.name }), [decoded, file.name])
  const warnings = preview.ok ? [...(decoded.warning ? [decoded.warning] : []), ...preview.warnings] : []
  const [phase, setPhase] = useState<Phase>(() => suggestedPhase(states))
  // The suggested name follows the phase until the user types one of their own.
  const [typedName, setTypedName] = useState<string | null>(null)
  const name = typedName ?? (preview.ok ? suggestedStateName(states, phase, preview.state.name, file.name) : '')
  const [problem, setProblem] = useState<string | null>(null)

  const add = () => {
    const project = useStore.getState().project
    if (!project) return
    const result = bpmnStateImport(project, decoded.text, file.name, phase, name)
    if (!result.ok) return setProblem(result.error)
    if (useStore.getState().dispatchAll(`Import ${file.name}`, result.commands)) onClose()
    else setProblem(useStore.getState().error ?? 'the state could not be added')
  }

  if (!preview.ok) {
    return (
      <Dialog title="Add a state from BPMN" onClose={onClose}>
        <p role="alert">
          Could not import “{file.name}”: {preview.error}
        </p>
        <div className="dialog-buttons">
          <button type="button" className="primary" autoFocus onClick={onClose}>
            Close
          </button>
        </div>
      </Dialog>
    )
  }
  const { state } = preview
  return (
    <Dialog title="Add a state from BPMN" onClose={onClose}>
      <p>
        “{file.name}”: {count(state.steps.length, 'step')}, {count(state.flows.length, 'flow')}, {count(state.lanes.length, 'lane')}.
      </p>
      <label className="field">
        Name
        <input value={name} onChange={(e) => setTypedName(e.target.value)} onFocus={(e) => typedName === null && e.currentTarget.select()} autoFocus />
      </label>
      <fieldset className="choices bpmn-phases">
        <legend>Phase</legend>
        {PHASES.map((p) => (
          <label key={p} className="choice">
            <input type="radio" name="bpmn-phase" value={p} checked={phase === p} onChange={() => setPhase(p)} />
            {PHASE_TITLES[p]}
          </label>
        ))}
      </fieldset>
      <WarningList warnings={warnings} title="What the import left out or read differently" />
      {problem && <p role="alert">{problem}</p>}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={add}>
          Add state
        </button>
      </div>
    </Dialog>
  )
}

const count = (n: number, one: string) => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`
