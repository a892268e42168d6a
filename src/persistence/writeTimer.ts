// When a save writes: what the autosave of a solo project and the update store of a shared one
// share. Changes are gathered for a moment (typing a label is many changes) but never longer than
// the timing's maximum; writes run one at a time; a failed write is tried again after a growing
// wait. The caller says what a write is (`flush`).
import { errorDetail, isQuotaError, QUOTA_MESSAGE, SAVE_FAILED_MESSAGE } from './errors'
import type { SaveStatus, SessionTiming } from './session'

export class WriteTimer {
  private queue: Promise<void> = Promise.resolve()
  private timer: ReturnType<typeof setTimeout> | undefined
  private firstPendingAt: number | undefined
  private retries = 0

  constructor(
    private readonly timing: SessionTiming,
    private readonly flush: () => Promise<void>,
  ) {}

  /** A change came: write within the debounce, or the maximum delay since the first pending change. */
  schedule(): void {
    const now = Date.now()
    this.firstPendingAt ??= now
    const delay = Math.max(0, Math.min(this.timing.debounceMs, this.firstPendingAt + this.timing.maxDelayMs - now))
    this.cancel()
    this.timer = setTimeout(() => void this.flush(), delay)
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.timer = undefined
  }

  /** Runs storage work one piece at a time, so a read of what another tab stored never interleaves with a write. */
  enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task, task)
    this.queue = next.catch(() => {})
    return next
  }

  /** A write starts: what is pending now is in it. */
  started(): void {
    this.firstPendingAt = undefined
  }

  succeeded(): void {
    this.retries = 0
  }

  /** A write failed: try again after the next wait of the timing. */
  retry(): void {
    const waits = this.timing.retryMs
    const wait = waits[Math.min(this.retries++, waits.length - 1)] ?? 30_000
    this.cancel()
    this.timer = setTimeout(() => void this.flush(), wait)
  }
}

/** A failed write in the status's words: a full disk, or anything else with the browser's own words as detail. */
export function writeFailure(e: unknown): SaveStatus {
  if (isQuotaError(e)) return { kind: 'error', reason: 'quota', message: QUOTA_MESSAGE }
  return { kind: 'error', reason: 'failed', message: SAVE_FAILED_MESSAGE, detail: errorDetail(e) }
}
