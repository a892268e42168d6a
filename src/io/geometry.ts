// The plain geometry every drawn export shares (SVG, BPMN diagram interchange): boxes and points
// in the exported file's own units.

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}
