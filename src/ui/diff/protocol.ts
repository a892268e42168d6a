// The messages between the app and the diff worker. Plain data: structured clone carries them.
import { diff, type DiffOptions, type DiffResult, type DiffSide } from '../../domain/diff'

export interface DiffRequest {
  id: number
  before: DiffSide
  after: DiffSide
  options?: DiffOptions
}

export type DiffResponse = { id: number; ok: true; result: DiffResult } | { id: number; ok: false; error: string }

/** What the worker does with one request; kept here so it can be tested without a worker. */
export function answer(request: DiffRequest): DiffResponse {
  try {
    return { id: request.id, ok: true, result: diff(request.before, request.after, request.options) }
  } catch (e) {
    return { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) }
  }
}
