// Types of sterileLog.mjs, for the TypeScript that imports it (tests and benchmarks).
export const ZONE: string
export interface GeneratedRow {
  case: string
  activity: string
  start: number
  end: number
  resource: string
  role: string
  department: string
  missingTime?: boolean
}
export interface CycleOptions {
  seed?: number
  cycles?: number
  from?: string
  weeks?: number
  goLive?: { transition?: string; future?: string }
  perturb?: number
  noiseActivities?: number
}
export const DEFAULTS: { seed: number; cycles: number; from: string; weeks: number; goLive: { transition: string; future: string } }
export function cycles(options?: CycleOptions): Generator<GeneratedRow[]>
export function localText(t: number): string
export function localOffsetHours(t: number): number
export function mulberry32(seed: number): () => number
