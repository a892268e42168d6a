import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { diffStates } from '../../src/domain/diff'
import { RoleImpactList } from '../../src/ui/compare/RoleImpact'
import { trayReturn } from './compare/helpers'

const project = trayReturn()
const card = (role: string) => screen.getByRole('heading', { level: 4, name: role }).closest('li')!
const lines = (role: string) =>
  [...card(role).querySelectorAll('dt, dd')].map((el) => (el.tagName === 'DT' ? `# ${el.textContent}` : el.textContent))

describe('who must adapt', () => {
  it('given current → future, then each role reads what changes for it', () => {
    render(<RoleImpactList diff={diffStates(project, 'st_cur', 'st_fut')} roles={project.roles} onPick={() => {}} />)
    expect(within(card('OR nurse')).getByText('1 changed · 1 taken over · +1 handoff · −1 handoff')).toBeInTheDocument()
    expect(lines('OR nurse')).toEqual([
      '# Done differently',
      'Pack used instruments',
      '# Takes over',
      'Send tray down the dirty lift from Porter',
      '# New handoffs',
      'Send tray down the dirty lift → Scan tray at receipt OR nurse → SPD technician',
      '# Handoffs gone',
      'Pack used instruments → Carry tray to SPD OR nurse → Porter',
    ])
    expect(lines('Porter')).toEqual([
      '# Steps gone',
      'Tray waits at dock',
      '# Hands over',
      'Carry tray to SPD to OR nurse',
      '# Handoffs gone',
      'Pack used instruments → Carry tray to SPD OR nurse → Porter',
      'Tray waits at dock → Write tray in paper log Porter → SPD technician',
    ])
    expect(within(card('SPD technician')).getByText('+1 step · −1 step · +1 handoff · −1 handoff')).toBeInTheDocument()
  })

  it('given a step taken over, when it is clicked, then both sides of that step are picked', async () => {
    const onPick = vi.fn()
    render(<RoleImpactList diff={diffStates(project, 'st_cur', 'st_fut')} roles={project.roles} onPick={onPick} />)
    await userEvent.click(within(card('OR nurse')).getByRole('button', { name: 'Send tray down the dirty lift, from Porter' }))
    expect(onPick).toHaveBeenCalledWith('role:OR nurse:c_carry', { before: ['c_carry'], after: ['f_carry'] })
  })

  it('shows each role in its lane colour', () => {
    render(<RoleImpactList diff={diffStates(project, 'st_cur', 'st_fut')} roles={project.roles} onPick={() => {}} />)
    expect(card('Porter').style.getPropertyValue('--role')).toBe('#59a14f')
  })

  it('says so when no role is affected', () => {
    render(<RoleImpactList diff={diffStates(project, 'st_cur', 'st_cur')} roles={project.roles} onPick={() => {}} />)
    expect(screen.getByText('No role does anything differently.')).toBeInTheDocument()
  })
})
