import { render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { formatMinutes, PaneMetrics } from '../../src/ui/compare/MetricsStrip'
import { openCompared } from './compare/helpers'

afterEach(() => localStorage.clear())

/** What a screen reader hears of an element: its text without the parts hidden from it. */
const spoken = (el: Element) => {
  const copy = el.cloneNode(true) as Element
  copy.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove())
  return copy.textContent
}

/** Each metric as "value name delta", the way the strip reads aloud. */
const readStrip = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map(spoken)

describe('the metrics strip', () => {
  it('given current → future, then the future pane shows its numbers with the change against current', () => {
    openCompared()
    render(<PaneMetrics stateId="st_fut" />)
    expect(readStrip('Metrics of Future: scan at receipt')).toEqual([
      '5steps−1 compared with Today: paper log',
      '1handoff−1 compared with Today: paper log, better',
      '0decisions±0 compared with Today: paper log',
      '0waits−1 compared with Today: paper log, better',
      '1record by hand−2 compared with Today: paper log, better',
      '0documented twice−1 compared with Today: paper log, better',
      '8 mintouch time−11 min compared with Today: paper log, better',
      '0 minwait time−30 min compared with Today: paper log, better',
      '8 minlead time−41 min compared with Today: paper log, better',
    ])
  })

  it('marks fewer handoffs and less waiting as better, and a step count as neither', () => {
    openCompared()
    render(<PaneMetrics stateId="st_fut" />)
    const strip = screen.getByRole('list', { name: 'Metrics of Future: scan at receipt' })
    const delta = (name: string) => within(strip).getByText(name).parentElement!.querySelector('.metric-delta')!
    expect(delta('handoff')).toHaveClass('delta-better')
    expect(delta('lead time')).toHaveClass('delta-better')
    expect(delta('steps')).toHaveClass('delta-neutral')
  })

  it('given a transition state in a third pane, then its deltas are against "before" and more documentation by hand is worse', () => {
    openCompared()
    render(<PaneMetrics stateId="st_tr" />)
    const strip = screen.getByRole('list', { name: 'Metrics of Go-live: scanner beside the paper log' })
    expect(spoken(within(strip).getByText('records by hand').parentElement!)).toBe('4records by hand+1 compared with Today: paper log, worse')
    expect(within(strip).getByText('records by hand').parentElement!.querySelector('.metric-delta')).toHaveClass('delta-worse')
  })

  it('shows "before" as the baseline, without deltas', () => {
    openCompared()
    render(<PaneMetrics stateId="st_cur" />)
    const items = readStrip('Metrics of Today: paper log')
    expect(items.slice(0, 2)).toEqual(['6steps', '2handoffs'])
    expect(items.at(-1)).toBe('baseline')
  })

  it('writes minutes as hours and minutes', () => {
    expect([45, 60, 501, -271, 0, 24_406].map(formatMinutes)).toEqual(['45 min', '1 h', '8 h 21 min', '−4 h 31 min', '0 min', '407 h'])
  })
})
