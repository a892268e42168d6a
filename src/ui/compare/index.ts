// The compare view: what ProjectView renders of it.
export { ChangeList } from './ChangeList'
export { CompareBar } from './CompareBar'
export { PaneMetrics } from './MetricsStrip'
export { useCompareView } from './useCompare'
