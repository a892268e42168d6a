/**
 * Hard limits of what flowstate holds, in the user's terms (steps, flows), and the file sizes that
 * follow from them. They agree: the largest project the app lets anyone build is written in a
 * file that every reader of flowstate takes back (see serialize.ts: large projects are written
 * one entity per line, and a state at both step and flow limits is about 35 MB).
 */
export const LIMITS = {
  stepsPerState: 50_000,
  flowsPerState: 200_000,
  stepsPerProject: 200_000,
  flowsPerProject: 800_000,
  labelChars: 2_000,
  notesChars: 20_000,
  nameChars: 2_000,
  /** Step positions, in canvas pixels either way from the origin: 50,000 steps in one row fit. */
  coordinate: 10_000_000,
  /** Far above what the step and flow limits produce; what a hostile or broken file may cost us to read. */
  projectFileBytes: 256 * 1024 * 1024,
  /**
   * A BPMN diagram. Files drawn in modelers take 1–3 KB per step, and flowstate's own export of a
   * state at the step and flow limits about 70 MB: both read back.
   */
  bpmnFileBytes: 128 * 1024 * 1024,
  /** XML elements of a BPMN file: a state at the limits, exported with its diagram, has about 1.2 million. */
  bpmnElements: 2_500_000,
  /** JSON nesting: a project nests 6 levels; anything past this is not a project, however it is built. */
  jsonDepth: 1_000,
  activitiesPerMap: 10_000,
  repliesPerComment: 1_000,
} as const

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`
  if (n >= 1024) return `${Math.round(n / 1024)} KB`
  return `${n} bytes`
}

export const thousands = (n: number): string => n.toLocaleString('en-US')

/** What a project file may hold, in one sentence for messages. */
export const PROJECT_LIMITS_TEXT =
  `a project holds at most ${thousands(LIMITS.stepsPerState)} steps and ${thousands(LIMITS.flowsPerState)} flows per state, ` +
  `${thousands(LIMITS.stepsPerProject)} steps and ${thousands(LIMITS.flowsPerProject)} flows in all`

/**
 * `text` cut to at most `max` UTF-16 units (what the schema counts), never between the two halves
 * of a surrogate pair: an emoji or a rare CJK character at the limit goes whole or not at all.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text
  const code = text.charCodeAt(max - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}
