// @vitest-environment jsdom
// The export page makes its files from the whole analysis the worker sends: until it has come, a
// click would download an empty report, so the buttons wait and the page says why.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import type { Analysis } from '../../src/core/model'
import { fixedClient, mountRoute } from './helpers'
import { makeAnalysis, makeClaim, makeComparison, makeSource, makeTopic } from './fixtures'

// An invented report of our own.
const source = makeSource('s1', 'The storm in Tolvar killed 12 people, officials said.', { lang: 'en' })
const claim = makeClaim(source, '12', { kind: 'count', lo: 12, hi: 12 })
const topic = makeTopic('tolvar-deaths')
const analysis = makeAnalysis([source], [claim], [topic], [makeComparison(topic.id, 'single-source', [claim])])

let wrapper: VueWrapper | null = null
afterEach(() => { wrapper?.unmount(); wrapper = null })

describe('export page before the analysis has come', () => {
  it.each(['en', 'ar'] as const)('%s: the files wait for it, then can be made', async (locale) => {
    let give: (a: Analysis) => void = () => {}
    const whole = new Promise<Analysis>((resolve) => { give = resolve })
    const m = await mountRoute('/export', locale, { ...fixedClient(analysis), whole: () => whole })
    wrapper = m.wrapper
    const report = () => wrapper!.get('[data-testid="export-report"]').element as HTMLButtonElement
    expect(report().disabled).toBe(true)
    expect(wrapper.find('[data-testid="export-preparing"]').exists()).toBe(true)
    give(analysis)
    await flushPromises()
    expect(report().disabled).toBe(false)
    expect(wrapper.find('[data-testid="export-preparing"]').exists()).toBe(false)
  })
})
