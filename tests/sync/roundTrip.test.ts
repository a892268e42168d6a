import { describe, expect, it } from 'vitest'
import { parseProject } from '../../src/domain/model'
import { examples, replica, replicas } from './helpers'

describe('project → doc → project', () => {
  for (const project of examples()) {
    it(`gives back ${project.name} exactly`, () => {
      const sharer = replica(project.id, project)
      expect(sharer.shared.project).toEqual(project)
      const [, joiner] = replicas(project, 2)
      expect(joiner!.shared.project).toEqual(project)
      expect(parseProject(joiner!.shared.project).ok).toBe(true)
    })
  }
})
