// @vitest-environment jsdom
import './chart-env'
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ChartVerdicts from '../../src/ui/components/chart/ChartVerdicts.vue'
import { plugins } from './helpers'

describe('ChartVerdicts', () => {
  it('draws the topics by verdict and lists the same counts, with badges, in the table it points at', async () => {
    const { all } = await plugins('en')
    const counts = [{ verdict: 'conflict' as const, count: 2 }, { verdict: 'agree' as const, count: 1 }, { verdict: 'needs-review' as const, count: 0 }]
    const w = mount(ChartVerdicts, { props: { counts, tableId: 'vt' }, global: { plugins: [...all] }, attachTo: document.body })
    expect(w.find('canvas').attributes('aria-describedby')).toBe('vt')
    const rows = w.findAll('table#vt tbody tr').map((tr) => tr.text())
    expect(rows).toEqual(['Conflict2', 'Agree1'])
    expect(w.findAll('[data-testid="verdict-badge"]')).toHaveLength(2)
    w.unmount()
  })
})
