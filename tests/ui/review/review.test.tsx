import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { diffStates } from '../../../src/domain/diff'
import { useStore } from '../../../src/store'
import { StepNode, type StepFlowNode } from '../../../src/ui/canvas/StepNode'
import { PainPointsView } from '../../../src/ui/review/PainPointsView'
import { painBadges } from '../../../src/ui/review/usePainBadges'
import { SidePanel } from '../../../src/ui/panels/SidePanel'
import { ReactFlowProvider, type NodeProps } from '@xyflow/react'
import { painPoint, run, trayReturn } from '../../domain/review/review'

const project = () => useStore.getState().project!

/** The tray-return project with pain points on today's paper log (high) and washer (low, and medium resolved). */
function openReviewed() {
  const p = run(
    trayReturn(),
    { type: 'comment.add', comment: painPoint('pp_log', 'st_cur', 'l_log', { type: 'duplicate-entry', severity: 'high' }, { text: 'Tray ID written twice' }) },
    { type: 'comment.add', comment: painPoint('pp_end', 'st_cur', 'l_end', { type: 'waiting', severity: 'low' }, { text: 'Washer queue at shift change' }) },
    { type: 'comment.add', comment: painPoint('pp_end2', 'st_cur', 'l_end', { type: 'waiting', severity: 'medium' }, { text: 'Wet trays wait' }) },
    { type: 'comment.resolve', commentId: 'pp_end2', resolution: { by: 'Sam', at: '2026-11-21T09:00:00.000Z', why: 'Second washer ordered' } },
  )
  useStore.getState().openProject(p)
  return userEvent.setup()
}

function renderStep(id: string, stateId: string) {
  const state = project().states.find((s) => s.id === stateId)!
  const step = state.steps.find((s) => s.id === id)!
  const pain = painBadges(project()).get(id)
  const props = { id, data: { stateId, step, color: '#4e79a7', systems: [], records: [], editing: null, ...(pain ? { pain } : {}) }, selected: false } as unknown as NodeProps<StepFlowNode>
  return render(
    <ReactFlowProvider>
      <StepNode {...props} />
    </ReactFlowProvider>,
  )
}

describe('the pain point badge', () => {
  beforeEach(() => useStore.getState().openProject(null))

  it('given open pain points on a step, then its badge says how many and the highest severity in words, and a resolved one does not count', () => {
    openReviewed()
    renderStep('c_end', 'st_cur')
    const badge = screen.getByTitle('1 open pain point, highest severity low')
    expect(badge).toHaveTextContent('● 1 low')
  })

  it('follows the step into the transition state by lineage, and is on no step where there is none', () => {
    openReviewed()
    const badges = painBadges(project())
    expect(badges.get('t_log')).toEqual({ count: 1, highest: 'high' })
    expect(badges.has('f_scan')).toBe(false)
  })
})

describe('the thread in the properties panel', () => {
  beforeEach(() => useStore.getState().openProject(null))

  it('given a selected step, when a pain point is raised, replied to, resolved with a reason and reopened, then the thread shows each and the project holds them', async () => {
    const user = openReviewed()
    act(() => {
      useStore.getState().setActiveState('st_cur')
      useStore.getState().select('st_cur', ['c_pack'])
    })
    render(<SidePanel />)
    const form = screen.getByRole('form', { name: 'Add a comment or pain point' })
    await user.selectOptions(within(form).getByLabelText('Pain point'), 'safety risk')
    await user.selectOptions(within(form).getByLabelText('Severity'), 'high')
    await user.type(within(form).getByLabelText('What hurts'), 'Sharps left in the tray')
    await user.type(within(form).getByLabelText('Your name'), 'Joan')
    await user.selectOptions(within(form).getByLabelText('Raised for role'), 'OR nurse')
    await user.click(within(form).getByRole('button', { name: 'Raise pain point' }))
    const raised = project().comments!.at(-1)!
    expect(raised).toMatchObject({ anchor: { kind: 'step', lineage: 'l_pack', stateId: 'st_cur' }, author: 'Joan', roleId: 'r_or', pain: { type: 'safety-risk', severity: 'high' }, text: 'Sharps left in the tray' })

    const thread = screen.getByRole('article', { name: 'Pain point by Joan' })
    await user.click(within(thread).getByRole('button', { name: 'Reply' }))
    await user.type(within(thread).getByLabelText('Reply'), 'Seen twice this week')
    await user.click(within(thread).getByRole('button', { name: 'Send reply' }))
    expect(within(thread).getByRole('list', { name: 'Replies' })).toHaveTextContent('Joan: Seen twice this week')

    await user.click(within(thread).getByRole('button', { name: 'Resolve' }))
    // A pain point is not resolved without a reason.
    expect(within(thread).getByRole('button', { name: 'Resolve' })).toBeDisabled()
    await user.type(within(thread).getByLabelText('Why is it resolved?'), 'Sharps container at every OR')
    await user.click(within(thread).getByRole('button', { name: 'Resolve' }))
    expect(thread).toHaveTextContent('Resolved by Joan: Sharps container at every OR')
    expect(project().comments!.at(-1)!.resolved).toMatchObject({ by: 'Joan', why: 'Sharps container at every OR' })

    await user.click(within(thread).getByRole('button', { name: 'Reopen' }))
    await user.type(within(thread).getByLabelText('Why reopen it?'), 'Still happens on nights')
    await user.click(within(thread).getByRole('button', { name: 'Reopen' }))
    expect(project().comments!.at(-1)!.resolved).toBeUndefined()
    expect(within(thread).getByRole('list', { name: 'Replies' })).toHaveTextContent('Joan reopened: Still happens on nights')
  })
})

describe('the Pain points view', () => {
  beforeEach(() => useStore.getState().openProject(null))

  it('lists the before state’s pain points with what the after state does to each, and a click selects the step', async () => {
    const user = openReviewed()
    const diff = diffStates(project(), 'st_cur', 'st_fut')
    const picked: unknown[] = []
    render(<PainPointsView diff={diff} onPick={(id, target) => picked.push([id, target])} />)
    const view = screen.getByRole('region', { name: /^Pain points/ })
    expect(within(view).getByText('Does Future: scan at receipt address them? 1 addressed, 1 not addressed, 1 resolved')).toBeInTheDocument()
    const rows = within(view).getAllByRole('button').map((b) => b.textContent)
    expect(rows[0]).toMatch(/duplicate entry.*Write tray in paper log.*Tray ID written twice.*✓ Addressed.*Removed in Future: scan at receipt/)
    expect(rows[1]).toMatch(/Resolved.*by Sam: Second washer ordered/)
    expect(rows[2]).toMatch(/Washer queue at shift change.*✗ Not addressed.*Unchanged in Future: scan at receipt/)
    await user.click(within(view).getAllByRole('button')[2]!)
    expect(picked).toEqual([['pain-point:pp_end', { before: ['c_end'], after: ['f_end'] }]])
  })
})
