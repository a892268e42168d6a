import { useId, useState } from 'react'
import { useStore } from '../../store'
import { Dialog } from '../actions/Dialog'
import { downloadBlob } from './download'
import { stateImage, type ImageFormat } from './files'
import { StateField, useChosenState } from './StateField'

/** Downloads one state's map as a PNG or an SVG. */
export function StateImageDialog({ onClose }: { onClose(): void }) {
  const project = useStore((s) => s.project!)
  const states = project.states
  const [stateId, setStateId] = useChosenState(states)
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
      <StateField states={states} value={stateId} onChange={setStateId} />
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
