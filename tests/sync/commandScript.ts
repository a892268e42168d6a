// A script of commands that uses every command type once or more, on the small tray-return
// fixture: the sync tests run it through the doc and compare with `applyCommand`.
import { preparePaste, type Command } from '../../src/domain/commands'
import { createStep, type Project } from '../../src/domain/model'

const AT = '2026-12-01T10:00:00.000Z'

/** The commands, each made from the project as it is just before it runs. */
export const SCRIPT: ((p: Project) => Command)[] = [
  () => ({ type: 'project.rename', name: 'Tray return' }),
  () => ({ type: 'role.add', role: { id: 'r_anae', name: 'Anaesthetist' }, stateId: 'st_cur', laneIndex: 1 }),
  () => ({ type: 'role.rename', roleId: 'r_spd', name: 'SPD tech', color: '#000000' }),
  () => ({ type: 'system.add', system: { id: 'sys_ehr', name: 'EHR' } }),
  () => ({ type: 'system.rename', systemId: 'sys_paper', name: 'Paper tray log' }),
  () => ({ type: 'dataItem.add', dataItem: { id: 'd_load', name: 'Load number' } }),
  () => ({ type: 'dataItem.rename', dataItemId: 'd_tray', name: 'Tray barcode' }),
  () => ({ type: 'step.add', stateId: 'st_cur', step: createStep({ id: 's_scan', label: 'Scan tray', roleId: 'r_anae', systemIds: ['sys_ehr'], records: [{ dataItemId: 'd_load', systemId: 'sys_ehr', entry: 'automatic' }], position: { x: 300, y: 20 } }) }),
  () => ({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label: 'Pack instruments', notes: 'by set list', touchMinutes: undefined, value: 'waste' } }),
  () => ({ type: 'step.move', stateId: 'st_cur', moves: [{ stepId: 's_scan', position: { x: 320, y: 60 }, roleId: 'r_spd' }] }),
  () => ({ type: 'flow.add', stateId: 'st_cur', flow: { id: 'f_scan', lineage: 'f_scan', from: 's_pack', to: 's_scan' } }),
  () => ({ type: 'flow.label', stateId: 'st_cur', flowId: 'f_scan', label: 'tray complete' }),
  () => ({ type: 'role.add', role: { id: 'r_runner', name: 'Runner' } }),
  () => ({ type: 'lane.add', stateId: 'st_cur', roleId: 'r_runner', index: 0 }),
  () => ({ type: 'lane.reorder', stateId: 'st_cur', roleId: 'r_runner', index: 2 }),
  () => ({ type: 'lane.remove', stateId: 'st_cur', roleId: 'r_runner' }),
  () => ({ type: 'state.add', state: { id: 'st_tr', name: 'Transition', phase: 'transition', lanes: ['r_or'], steps: [], flows: [] } }),
  () => ({ type: 'state.rename', stateId: 'st_tr', name: 'Go-live weeks' }),
  () => ({ type: 'state.derive', sourceId: 'st_cur', stateId: 'st_fut', phase: 'future', name: 'Future' }),
  () => ({ type: 'state.reorder', stateId: 'st_fut', index: 0 }),
  () => ({ type: 'match.link', id: 'm_1', beforeStepId: 's_recv', afterStepId: 'st_fut-s2' }),
  () => ({ type: 'match.unlink', id: 'm_2', beforeStepId: 's_start', afterStepId: 'st_fut-s1' }),
  () => ({ type: 'comment.add', comment: { id: 'c_1', anchor: { kind: 'step', lineage: 'l_pack', stateId: 'st_cur' }, author: 'Ana', createdAt: AT, text: 'The tray ID is written twice', pain: { type: 'duplicate-entry', severity: 'high' }, replies: [] } }),
  () => ({ type: 'comment.reply', commentId: 'c_1', reply: { author: 'Ben', at: AT, text: 'Also in the traceability system' } }),
  () => ({ type: 'comment.update', commentId: 'c_1', changes: { text: 'The tray ID is typed twice', roleId: 'r_or' } }),
  () => ({ type: 'comment.resolve', commentId: 'c_1', resolution: { by: 'Ana', at: AT, why: 'The scanner replaces the paper log' } }),
  () => ({ type: 'comment.reopen', commentId: 'c_1', by: 'Ben', at: AT, why: 'Not in the transition state' }),
  () => ({ type: 'comment.add', comment: { id: 'c_2', anchor: { kind: 'state', stateId: 'st_fut' }, author: 'Ben', createdAt: AT, text: 'Looks right', replies: [] } }),
  () => ({ type: 'comment.remove', commentId: 'c_2' }),
  () => ({ type: 'signOff.sign', id: 'so_1', stateId: 'st_fut', roleId: 'r_or', by: 'Ana', at: AT, comment: 'Checked', local: true }),
  () => ({ type: 'signOff.withdraw', stateId: 'st_fut', roleId: 'r_or' }),
  () => ({ type: 'activities.map', stateId: 'st_cur', mapId: 'am_1', links: [{ activity: 'Tray scanned', stepId: 's_recv' }, { activity: 'Phone call', stepId: null }] }),
  () => ({ type: 'state.goLive', stateId: 'st_cur', mapId: 'am_1', goLive: '2027-03-01' }),
  () => ({ type: 'activities.map', stateId: 'st_cur', mapId: 'am_1', links: [{ activity: 'Tray scanned', stepId: 's_pack' }], forget: ['Phone call'] }),
  () => ({ type: 'signOff.sign', id: 'so_2', stateId: 'st_fut', roleId: 'r_spd', by: 'Ben', at: AT, local: true }),
  (p) => ({ type: 'step.paste', stateId: 'st_tr', ...preparePaste(p, { steps: p.states.find((s) => s.id === 'st_cur')!.steps.slice(0, 3), flows: p.states.find((s) => s.id === 'st_cur')!.flows }, { x: 40, y: 40 }) }),
  () => ({ type: 'step.remove', stateId: 'st_cur', stepIds: ['s_recv'] }),
  () => ({ type: 'flow.remove', stateId: 'st_cur', flowIds: ['f_1'] }),
  () => ({ type: 'system.remove', systemId: 'sys_paper' }),
  () => ({ type: 'dataItem.remove', dataItemId: 'd_tray' }),
  () => ({ type: 'role.remove', roleId: 'r_spd', reassignTo: 'r_or' }),
  () => ({ type: 'lane.remove', stateId: 'st_fut', roleId: 'r_or', moveStepsTo: null }),
  () => ({ type: 'state.remove', stateId: 'st_tr' }),
]
