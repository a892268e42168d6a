export { changeReport, duration, type ChangeReportInput } from './report'
export { mdCell, mdText } from './escape'
