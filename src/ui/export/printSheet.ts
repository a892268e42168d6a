// What a printout shows: an image of the side-by-side view (or of the one state), laid on an A4
// landscape page by print.css. A tiny store, so the menu's Print entry and the browser's own
// print command (Ctrl+P) fill the same sheet.

export interface Sheet {
  /** An object URL of the SVG. */
  url: string
  alt: string
}

let sheet: Sheet | null = null
const listeners = new Set<() => void>()

export const printSheet = {
  get: (): Sheet | null => sheet,
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  /** Shows `svg` on the sheet; the previous image's URL is released. */
  set(svg: string, alt: string): void {
    if (sheet) URL.revokeObjectURL(sheet.url)
    sheet = { url: URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), alt }
    listeners.forEach((l) => l())
  },
  clear(): void {
    if (!sheet) return
    URL.revokeObjectURL(sheet.url)
    sheet = null
    listeners.forEach((l) => l())
  },
}
