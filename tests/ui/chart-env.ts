// What Chart.js needs in jsdom: a canvas 2D context (vitest-canvas-mock) and a ResizeObserver.
import 'vitest-canvas-mock'

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver
