import type { ExampleFile } from '../../persistence'

// Bundled lazily: a file is fetched only when it has not been stored before.
const files = import.meta.glob<string>('/examples/*.flowstate.json', { query: '?raw', import: 'default' })

/** The example projects shipped in examples/, in file-name order. */
export function exampleFiles(): ExampleFile[] {
  return Object.keys(files)
    .sort()
    .map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), read: files[path]! }))
}
