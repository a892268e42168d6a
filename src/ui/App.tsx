import { useStore } from '../store'
import { ProjectView } from './project/ProjectView'

export function App() {
  const hasProject = useStore((s) => s.project !== null)
  return hasProject ? <ProjectView /> : <main className="empty">No project open</main>
}
