import type { Project } from '../../domain/model'
import type { ProjectSession } from '../../persistence'
import { EditToolbar } from '../actions/EditToolbar'
import { BpmnControls } from '../bpmn/BpmnControls'
import { ExportMenu } from '../export/ExportMenu'
import { SaveStatus } from '../shell/SaveStatus'
import { ImportButton } from './ImportButton'
import { ProjectName } from './ProjectName'

export interface ProjectHeaderProps {
  session?: ProjectSession
  onBack?(): void
  onImport?(project: Project): Promise<void>
}

/** Back to the list, the project's name, editing tools, files in and out, and the save state. */
export function ProjectHeader({ session, onBack, onImport }: ProjectHeaderProps) {
  return (
    <header className="project-header">
      {onBack && (
        <button type="button" className="back" onClick={onBack} aria-label="Back to projects" title="Back to projects">
          ← Projects
        </button>
      )}
      <ProjectName />
      <EditToolbar />
      <div className="header-end">
        <SaveStatus session={session} />
        {onImport && <ImportButton onImport={onImport} />}
        <ExportMenu session={session} />
        <BpmnControls />
      </div>
    </header>
  )
}
