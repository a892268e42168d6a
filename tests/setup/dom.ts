// jsdom stand-ins for what React Flow and Dexie need (see TOOLCHAIN.md). jsdom proves logic and
// wiring; what a user sees is proven in Chromium by tests/e2e.
import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { resetStore } from '../../src/store'

// The first findBy of a test may wait for the editor's lazily loaded chunk to be transformed; on a
// busy shared machine that takes longer than Testing Library's 1 s. A missing element still fails.
configure({ asyncUtilTimeout: 5_000 })

class ResizeObserverStub {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver)
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver

class DOMMatrixReadOnlyStub {
  m22: number
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([^)]+)\)/)?.[1]
    this.m22 = scale ? Number(scale) : 1
  }
}
;(globalThis as unknown as { DOMMatrixReadOnly: unknown }).DOMMatrixReadOnly = DOMMatrixReadOnlyStub

const sized = (prop: 'width' | 'height') =>
  function (this: HTMLElement) {
    return parseFloat(this.style?.[prop]) || 1
  }
Object.defineProperties(HTMLElement.prototype, {
  offsetWidth: { get: sized('width'), configurable: true },
  offsetHeight: { get: sized('height'), configurable: true },
})
;(SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect

// user-event clicks reach d3-drag, which reads event.view.document; jsdom leaves view null.
// The default is given by the `view` getter, not the constructor: in vitest's jsdom environment
// `window` is the test global, which jsdom's MouseEvent constructor refuses as a view.
const viewOf = Object.getOwnPropertyDescriptor(UIEvent.prototype, 'view')!.get!
Object.defineProperty(UIEvent.prototype, 'view', {
  configurable: true,
  get(this: UIEvent) {
    return viewOf.call(this) ?? window
  },
})

afterEach(() => {
  cleanup()
  resetStore()
})
