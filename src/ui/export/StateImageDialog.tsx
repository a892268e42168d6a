import { useId, useMemo, useState } from 'react'
import { regionNames } from '../../domain/model'
import { useStore } from '../../store'
import { Dialog } from '../actions/Dialog'
import { downloadBlob } from './download'
import { stateImage, type ImageFormat } from './files'

/** Downloads one state's map as a PNG or an SVG. */
export function StateImageDialog({ onClose }: { onClose(): void }) {
  const project = useStore((s) => s.project!)
  const active = useStore((s) => s.activeStateId)
  const states = project.states
  const names = useMemo(() => regionNames(states), [states])
  const [stateId, setStateId] = useState(() => (states.some((s) => s.id === active) ? active! : (states[0]?.id ?? '')))
  const [format, setFormat] = useState<ImageFormat>('png')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const formatName = useId()

  const download = async () => {
    const state = states.find((s) => s.id === stateId)
    if (!state) return
    setBusy(true)
    try {
      const file = await stateImage(project, state, format)
      downloadBlob(file.fileName, file.blob)
      onClose()
    } catch (e) {
      setProblem(`Could not draw the image: ${e instanceof Error ? e.message : String(e)}`)
      setBusy(false)
    }
  }

  return (
    <Dialog title="Export a state as an image" onClose={onClose}>
      <label className="field">
        State
        <select value={stateId} onChange={(e) => setStateId(e.target.value)} autoFocus>
          {states.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({names.get(s.id)})
            </option>
          ))}
        </select>
      </label>
      <fieldset className="choices export-formats">
        <legend>Format</legend>
        <label className="choice">
          <input type="radio" name={formatName} checked={format === 'png'} onChange={() => setFormat('png')} />
          PNG: a picture for slides and documents
        </label>
        <label className="choice">
          <input type="radio" name={formatName} checked={format === 'svg'} onChange={() => setFormat('svg')} />
          SVG: sharp at any size, for print and further editing
        </label>
      </fieldset>
      <p className="hint">The lanes, steps and flows as on the canvas, with systems, records and duplicate documentation.</p>
      {problem && (
        <p className="export-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void download()} disabled={busy || !stateId}>
          Download .{format}
        </button>
      </div>
    </Dialog>
  )
}
