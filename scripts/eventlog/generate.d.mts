// Types of generate.mjs, for the TypeScript that imports it (tests and benchmarks).
import type { CycleOptions } from './sterileLog.mjs'
export const EXAMPLE_LOG: string
export function exampleCsv(options?: CycleOptions): string
export function writeBenchLog(path: string, options: { events: number; perturb?: number; format?: 'csv' | 'xes'; seed?: number }): { events: number; cycles: number; goLive: { transition: string; future: string } }
