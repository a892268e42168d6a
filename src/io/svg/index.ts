// SVG images of workflow maps: one state, or the side-by-side diff view. Pure: string out, no DOM,
// so the command line and the app draw the same picture.
export { compareSvg, stateSvg, type CompareSvgOptions, type SvgOptions } from './document'
export { defaultCompareView, panesFor, MAX_PANES, type CompareView } from './view'
export { diffOverlay, type Side, type StateOverlay } from './overlay'
export { esc } from './xml'
