// A spread into a call (`push(...steps)`, `Math.max(...widths)`, `new Set(...)` is fine, but not
// `f(...xs)`) puts every element on the stack: from about 100,000 elements it throws "Maximum call
// stack size exceeded". Maps, plans and reports grow with the user's file, so src/ has none.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(e.name) ? [path] : []
  })
}

/** Every `f(...x)` and `new F(...x)` of a file, as "path:line: text". */
export function spreadCalls(path: string, text = readFileSync(path, 'utf8')): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1
      found.push(`${relative(root, path)}:${line}: ${node.getText().split('\n')[0]!.slice(0, 100)}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('spreads into calls', () => {
  it('finds them where they are', () => {
    expect(spreadCalls('x.ts', 'a.push(...b)\nMath.max(1, ...c)\nconst d = [...e]\nf({ ...g })\nnew X(...h)')).toHaveLength(3)
  })

  it('src/ has none: a large map, plan or report never overflows the stack', () => {
    expect(sourceFiles(join(root, 'src')).flatMap((f) => spreadCalls(f))).toEqual([])
  })
})
