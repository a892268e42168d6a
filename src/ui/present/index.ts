// Presentation mode: what the project view and the action registry use of it.
export { presentAction, PRESENT_EVENT } from './presentAction'
export { Presentation } from './Presentation'
export { usePresentation } from './usePresentation'
