import { serializeProject, type Project } from '../../domain/model'
import type { ProjectSession } from '../../persistence'
import { useStore } from '../../store'
import { downloadText, fileSlug } from './download'

/** The project as a `.flowstate.json` file, stamped with the time it was last stored. */
export function projectFile(project: Project, updatedAt: string | undefined): { fileName: string; text: string } {
  return {
    fileName: `${fileSlug(project.name)}.flowstate.json`,
    text: serializeProject({ ...project, updatedAt: updatedAt || project.updatedAt }),
  }
}

/** Downloads the open project as `.flowstate.json` (the file Import reads back). */
export function ExportButton({ session }: { session: ProjectSession | undefined }) {
  const onClick = () => {
    const project = useStore.getState().project
    if (!project) return
    const { fileName, text } = projectFile(project, session?.hasPending ? new Date().toISOString() : session?.updatedAt)
    downloadText(fileName, text, 'application/json')
  }
  return (
    <button type="button" onClick={onClick} title="Download this project as a .flowstate.json file">
      Export
    </button>
  )
}
