// Open pain points per step, for every state of the project: the canvas badges, the outline and
// the ghosts of removed steps all read this one map (step ids are unique in a project).
import { useMemo } from 'react'
import type { Comment, Project, Severity } from '../../domain/model'
import { commentsOfState, Matcher, painSummary } from '../../domain/review'
import { useStore } from '../../store'

export interface PainBadge {
  count: number
  highest: Severity
}

const EMPTY: ReadonlyMap<string, PainBadge> = new Map()
const NO_COMMENTS: readonly Comment[] = []

export function painBadges(project: Project): ReadonlyMap<string, PainBadge> {
  if (!project.comments?.some((c) => c.pain && !c.resolved)) return EMPTY
  const out = new Map<string, PainBadge>()
  const matcher = new Matcher(project)
  for (const state of project.states) {
    for (const [stepId, comments] of commentsOfState(project, state, matcher).byStep) {
      const s = painSummary(comments)
      if (s.count > 0) out.set(stepId, { count: s.count, highest: s.highest! })
    }
  }
  return out
}

/** Recomputed when comments or states change; most edits change one state, and the map is small. */
export function usePainBadges(): ReadonlyMap<string, PainBadge> {
  const comments = useStore((s) => s.project?.comments ?? NO_COMMENTS)
  const states = useStore((s) => s.project?.states)
  return useMemo(() => {
    const project = useStore.getState().project
    return project && comments.length > 0 ? painBadges(project) : EMPTY
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the project is read for its comments and states, which are the dependencies
  }, [comments, states])
}

/** The comments on one step of one state, in the order they were raised. */
export function useStepComments(stateId: string, stepId: string): readonly Comment[] {
  const comments = useStore((s) => s.project?.comments ?? NO_COMMENTS)
  const states = useStore((s) => s.project?.states)
  return useMemo(() => {
    const project = useStore.getState().project
    const state = project?.states.find((s) => s.id === stateId)
    if (!project || !state || comments.length === 0) return NO_COMMENTS
    return commentsOfState(project, state).byStep.get(stepId) ?? NO_COMMENTS
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see usePainBadges
  }, [comments, states, stateId, stepId])
}
