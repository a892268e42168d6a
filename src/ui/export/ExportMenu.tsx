import { lazy, useEffect, useId, useMemo, useState } from 'react'
import { regionNames } from '../../domain/model'
import type { EditingSession } from '../../persistence'
import { useStore } from '../../store'
import { DialogBoundary } from '../shell/DialogBoundary'
import { useCompareChoice, useCompareResult } from '../compare/useCompare'
import { downloadBlob } from './download'
import { EXPORT_GROUPS, type ExportContext, type ExportEntry } from './entries'
import { PrintSheet, printImage } from './PrintSheet'
import { useMenuButton } from './useMenuButton'
import './export.css'

// The dialogs and the drawing of images (BPMN writer, SVG) load when first used, not with the app.
const ExportStateDialog = lazy(() => import('../bpmn/ExportStateDialog').then((m) => ({ default: m.ExportStateDialog })))
const StateImageDialog = lazy(() => import('./StateImageDialog').then((m) => ({ default: m.StateImageDialog })))
/** Set once the drawing code is loaded: the browser's print command (Ctrl+P) cannot wait for it. */
let printViewModule: typeof import('./printView') | null = null
const loadPrintView = () => import('./printView').then((m) => (printViewModule = m))

/**
 * Everything that leaves the app, in one menu: the project file, BPMN, the plan of the compared
 * pair (CSV, Jira, Asana, Microsoft Project, Markdown) and images of the view.
 */
export function ExportMenu({ session }: { session?: EditingSession | undefined }) {
  const menuId = useId()
  const { open, close, button, menu, onButtonClick, onButtonKeyDown, onMenuKeyDown } = useMenuButton()
  const [dialog, setDialog] = useState<'bpmn' | 'state-image' | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const project = useStore((s) => s.project!)
  const { pair, panes } = useCompareChoice()
  const result = useCompareResult()
  const names = useMemo(() => regionNames(project.states), [project.states])

  const context = (): ExportContext => ({
    project: useStore.getState().project!,
    pair,
    panes,
    ...(result ? { diffs: { pair: result.pair, others: result.others } } : {}),
    savedAt: session?.hasPending ? new Date().toISOString() : session?.updatedAt,
  })
  const stateName = (id: string) => names.get(id) ?? project.states.find((s) => s.id === id)?.name ?? id
  useEffect(() => {
    // Loaded while the browser is idle, so Ctrl+P finds it (until then it prints the page as it is).
    if (typeof requestIdleCallback !== 'function') return
    const idle = requestIdleCallback(() => void loadPrintView(), { timeout: 5_000 })
    return () => cancelIdleCallback(idle)
  }, [])

  const run = async (entry: ExportEntry) => {
    close(true)
    setProblem(null)
    const action = entry.action
    if (action.kind === 'dialog') return setDialog(action.dialog)
    setBusy(true)
    try {
      if (action.kind === 'print') {
        const { printView } = await loadPrintView()
        const drawn = printView(context())
        if (drawn) await printImage(drawn.svg, drawn.alt)
      } else {
        const file = await action.make(context())
        downloadBlob(file.fileName, file.blob)
      }
    } catch (e) {
      setProblem(`Could not export “${entry.label.replace(/…$/, '')}”: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setBusy(false)
    }
  }

  const ctx = context()
  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy || undefined}
        title="Download the project, a plan or an image"
        onClick={onButtonClick}
        onKeyDown={onButtonKeyDown}
      >
        Export
        <span className="export-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div ref={menu} id={menuId} className="export-popup" role="menu" aria-label="Export" onKeyDown={onMenuKeyDown}>
          {EXPORT_GROUPS.map((group) => {
            const headingId = `${menuId}-${group.id}`
            return (
              <div key={group.id} role="group" aria-labelledby={headingId} className="export-group">
                <div id={headingId} className="export-group-title" role="presentation">
                  {group.title(ctx, stateName)}
                </div>
                {group.entries.map((entry) => {
                  const why = entry.unavailable(ctx)
                  return (
                    <button
                      key={entry.id}
                      type="button"
                      role="menuitem"
                      tabIndex={-1}
                      className="export-item"
                      data-label={entry.label}
                      aria-disabled={why ? true : undefined}
                      title={why ?? undefined}
                      onClick={() => {
                        if (!why) void run(entry)
                      }}
                    >
                      <span>{entry.label}</span>
                      {entry.ending && (
                        <span className="export-ending" aria-hidden="true">
                          {entry.ending}
                        </span>
                      )}
                    </button>
                  )
                })}
              </div>
            )
          })}
        </div>
      )}
      {problem && (
        <p className="export-problem" role="alert">
          {problem}
          <button type="button" className="quiet" aria-label="Dismiss" onClick={() => setProblem(null)}>
            ✕
          </button>
        </p>
      )}
      {dialog && (
        <DialogBoundary name={dialog === 'bpmn' ? '“Export a state as BPMN”' : '“Export a state as an image”'} onClose={() => setDialog(null)}>
          {dialog === 'bpmn' && <ExportStateDialog onClose={() => setDialog(null)} />}
          {dialog === 'state-image' && <StateImageDialog onClose={() => setDialog(null)} />}
        </DialogBoundary>
      )}
      <PrintSheet render={() => printViewModule?.printView(context()) ?? null} />
    </div>
  )
}
