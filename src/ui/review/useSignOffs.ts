import { useMemo } from 'react'
import { stateSignOffs, type StateSignOffs } from '../../domain/review'
import { useStore } from '../../store'

/** Each role's sign-off of one state, recomputed when the state or the sign-offs change. */
export function useSignOffs(stateId: string): StateSignOffs | null {
  const state = useStore((s) => s.project?.states.find((x) => x.id === stateId))
  const signOffs = useStore((s) => s.project?.signOffs)
  const roles = useStore((s) => s.project?.roles)
  return useMemo(() => {
    const project = useStore.getState().project
    return project && state && state.phase !== 'current' ? stateSignOffs(project, state) : null
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the project is read for its roles and sign-offs, which are the dependencies
  }, [state, signOffs, roles])
}
