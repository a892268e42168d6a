import { useEffect, useRef, useSyncExternalStore } from 'react'
import { createPortal, flushSync } from 'react-dom'
import { printSheet } from './printSheet'
import './print.css'

/**
 * The page a printout shows instead of the app: placed beside the app's root, so print.css can
 * hide everything else. `render` draws the current view; it runs when the browser is asked to
 * print (Ctrl+P) and the sheet is empty. The sheet empties again after printing.
 */
export function PrintSheet({ render }: { render(): { svg: string; alt: string } | null }) {
  const sheet = useSyncExternalStore(printSheet.subscribe, printSheet.get, printSheet.get)
  const latest = useRef(render)
  latest.current = render

  useEffect(() => {
    const before = () => {
      if (printSheet.get()) return
      const drawn = latest.current()
      if (drawn) flushSync(() => printSheet.set(drawn.svg, drawn.alt))
    }
    const after = () => printSheet.clear()
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
      printSheet.clear()
    }
  }, [])

  if (!sheet) return null
  return createPortal(
    <div className="print-sheet">
      <img src={sheet.url} alt={sheet.alt} />
    </div>,
    document.body,
  )
}

/** Fills the sheet, waits until its image is decoded, then opens the browser's print dialog. */
export async function printImage(svg: string, alt: string): Promise<void> {
  printSheet.set(svg, alt)
  const url = printSheet.get()!.url
  const probe = new Image()
  probe.src = url
  await probe.decode()
  // One frame for React to place the sheet before the print snapshot.
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)))
  window.print()
}
