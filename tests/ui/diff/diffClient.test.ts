import { describe, expect, it } from 'vitest'
import { diff } from '../../../src/domain/diff'
import { createDiffClient, type WorkerLike } from '../../../src/ui/diff/diffClient'
import { answer, type DiffRequest, type DiffResponse } from '../../../src/ui/diff/protocol'
import { loadProject } from '../../helpers/fixtures'

const project = loadProject('diff/handoffs.replaced-step.flowstate.json')
const before = { project, state: project.states[0]! }
const after = { project, state: project.states[1]! }

/** A worker whose answers the test releases one at a time, through structured clone like the real one. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<DiffResponse>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  inbox: DiffRequest[] = []
  terminated = false
  postMessage(message: DiffRequest) {
    this.inbox.push(structuredClone(message))
  }
  terminate() {
    this.terminated = true
  }
  finishOne() {
    const request = this.inbox.shift()!
    this.onmessage?.({ data: answer(request) } as MessageEvent<DiffResponse>)
  }
}

function withFakeWorker(threshold: number) {
  const workers: FakeWorker[] = []
  const client = createDiffClient({ threshold, createWorker: () => (workers.push(new FakeWorker()), workers.at(-1)!) })
  return { client, workers }
}

describe('diff client', () => {
  it('diffs small maps on the main thread without starting a worker', async () => {
    const { client, workers } = withFakeWorker(2_000)
    expect(await client.request(before, after)).toEqual(diff(before, after))
    expect(workers).toHaveLength(0)
  })

  it('sends large maps to the worker, which answers with the same diff', async () => {
    const { client, workers } = withFakeWorker(3)
    const pending = client.request(before, after)
    expect(workers).toHaveLength(1)
    // only the catalogues and the two states travel, not the whole project
    expect(Object.keys(workers[0]!.inbox[0]!.before.project).sort()).toEqual(['dataItems', 'id', 'roles', 'systems'])
    workers[0]!.finishOne()
    expect(await pending).toEqual(diff(before, after))
  })

  it('lets the latest request win and skips the ones in between', async () => {
    const { client, workers } = withFakeWorker(3)
    const first = client.request(before, after)
    const second = client.request(before, after, { matchBy: 'label' })
    const third = client.request(after, before)
    // given the worker busy with the first, the second is dropped unsent and both answer null
    expect(await first).toBeNull()
    expect(await second).toBeNull()
    const worker = workers[0]!
    expect(worker.inbox).toHaveLength(1)
    worker.finishOne() // the stale first answer is ignored and the newest request goes out
    expect(worker.inbox).toHaveLength(1)
    worker.finishOne()
    expect(await third).toEqual(diff(after, before))
  })

  it('a small diff replaces a large one still running', async () => {
    const { client, workers } = withFakeWorker(4)
    const large = client.request(before, after)
    const small = { project, state: { ...project.states[0]!, steps: project.states[0]!.steps.slice(0, 2), flows: [] } }
    const quick = client.request(small, small)
    expect(await large).toBeNull()
    expect((await quick)!.summary.stepsAdded).toBe(0)
    workers[0]!.finishOne()
  })

  it('falls back to the main thread when no worker can start', async () => {
    const client = createDiffClient({
      threshold: 3,
      createWorker: () => {
        throw new Error('Worker is not defined')
      },
    })
    expect(await client.request(before, after)).toEqual(diff(before, after))
  })

  it('falls back to the main thread when the worker fails', async () => {
    const { client, workers } = withFakeWorker(3)
    const pending = client.request(before, after)
    workers[0]!.onerror?.({} as ErrorEvent)
    expect(await pending).toEqual(diff(before, after))
    expect(workers[0]!.terminated).toBe(true)
    expect(await client.request(after, before)).toEqual(diff(after, before))
    expect(workers).toHaveLength(1)
  })

  it('answers pending requests with null when disposed', async () => {
    const { client, workers } = withFakeWorker(3)
    const pending = client.request(before, after)
    client.dispose()
    expect(await pending).toBeNull()
    expect(workers[0]!.terminated).toBe(true)
  })
})
