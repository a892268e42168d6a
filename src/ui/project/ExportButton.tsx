import { serializeProject, type Project } from '../../domain/model'
import { fileSlug } from './download'

// The project file; the Export menu (src/ui/export) downloads it.

/** The project as a `.flowstate.json` file, stamped with the time it was last stored. */
export function projectFile(project: Project, updatedAt: string | undefined): { fileName: string; text: string } {
  return {
    fileName: `${fileSlug(project.name)}.flowstate.json`,
    text: serializeProject({ ...project, updatedAt: updatedAt || project.updatedAt }),
  }
}
