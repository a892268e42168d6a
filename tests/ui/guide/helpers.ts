import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { newId } from '../../../src/domain/model'
import { FlowstateDb, Repository } from '../../../src/persistence'
import type { AppStorage } from '../../../src/ui/shell/storage'

/** A fresh browser's storage with the real example files, as a first start sees them. */
export function firstStartStorage(): AppStorage {
  const example = (name: string) => ({ name, read: async () => readFileSync(join(process.cwd(), 'examples', name), 'utf8') })
  return {
    repo: new Repository({ db: new FlowstateDb(newId('db')) }),
    examples: [example('lab-sample.flowstate.json'), example('sterile-processing.flowstate.json')],
  }
}
