// What the benchmark runner calls inside the page: readiness, frame recording and edit-to-paint.
export interface BenchHooks {
  /** performance.now() when the canvas had drawn its steps and the main thread was free again. */
  ready: Promise<number>
  startFrames(): void
  /** Intervals between animation frames since startFrames, in ms. */
  stopFrames(): number[]
  /** Changes the label of a step on screen; resolves with ms until the change was painted. */
  edit(i: number): Promise<number>
  /** Zooms to show every step (the overview), without animation. */
  fit(): void
}

declare global {
  interface Window {
    bench: BenchHooks
    /** The storage page: timings of saving, loading and one edit (see storage.ts). */
    benchStorage?: (rounds: number, edits: number) => Promise<import('./storage').StorageTiming>
    /** The shared-project page: open timings and objects to weigh (see sync.ts). */
    benchSync?: {
      measure(rounds: number, edits: number): Promise<import('./sync').SyncTiming>
      hold(kind: 'project' | 'doc', steps: number): void
      release(): void
    }
  }
}

const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

/** Resolves once `selector` matches and a frame has been painted after it, with the main thread idle. */
export function whenDrawn(selector: string): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (document.querySelector(selector)) void nextPaint().then(() => resolve(performance.now()))
      else requestAnimationFrame(check)
    }
    check()
  })
}

let frames: number[] = []
let recording = false
export function startFrames(): void {
  frames = []
  recording = true
  const tick = (t: number) => {
    if (!recording) return
    frames.push(t)
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}
export function stopFrames(): number[] {
  recording = false
  return frames.slice(1).map((t, i) => t - frames[i]!)
}

/** Runs `apply`, then waits for the text to be on screen and painted. */
export async function editToPaint(apply: () => void, nodeId: string, text: string): Promise<number> {
  const t0 = performance.now()
  apply()
  for (let i = 0; i < 120; i++) {
    await nextPaint()
    if (document.querySelector(`.react-flow__node[data-id="${nodeId}"]`)?.textContent?.includes(text)) break
  }
  return performance.now() - t0
}

/** The id of a node near the middle of the canvas. */
export function nodeInView(): string {
  const pane = document.querySelector('.react-flow')!.getBoundingClientRect()
  const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter((n) => !n.classList.contains('react-flow__node-lane'))
  let best = nodes[0]!
  let bestD = Infinity
  for (const n of nodes) {
    const b = n.getBoundingClientRect()
    const d = Math.hypot(b.x + b.width / 2 - (pane.x + pane.width / 2), b.y + b.height / 2 - (pane.y + pane.height / 2))
    if (d < bestD) {
      bestD = d
      best = n
    }
  }
  return best.dataset.id!
}
