// Adds an example's pain points, comments and sign-offs through the app's own commands, so the
// files hold exactly what the app would write (anchors checked, fingerprints computed by the
// domain code). The domain is bundled by rolldown (which vite ships) into a temporary module.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { rolldown } from 'rolldown'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')

/** The domain's applyCommand, loaded once. */
export async function loadCommands() {
  // Inside the project, so the bundle finds immer in node_modules.
  const cache = join(root, 'node_modules/.cache')
  mkdirSync(cache, { recursive: true })
  const dir = mkdtempSync(join(cache, 'flowstate-examples-'))
  try {
    const bundle = await rolldown({ input: join(root, 'src/domain/commands/index.ts'), platform: 'node', logLevel: 'silent', external: (id) => /^[a-z@]/.test(id) && !id.startsWith(root) })
    const file = join(dir, 'commands.mjs')
    await bundle.write({ file, format: 'esm', codeSplitting: false, sourcemap: false })
    await bundle.close()
    return await import(pathToFileURL(file).href)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * `review.comments`: `{ key, state, step, author, role, at, text, pain?, replies?, resolved? }` with
 * state a phase and step and role keys of the spec; `review.signOffs`: `{ state, role, by, at, comment }`.
 */
export function applyReview(project, spec, { applyCommand }) {
  const p = spec.prefix
  const stateId = (phase) => `${p}_state_${phase}`
  const roleId = (key) => `r_${p}_${key}`
  const commands = []
  for (const c of spec.review?.comments ?? []) {
    const id = `cm_${p}_${c.key}`
    commands.push({
      type: 'comment.add',
      comment: {
        id,
        anchor: { kind: 'step', lineage: `l_${p}_${c.step}`, stateId: stateId(c.state) },
        author: c.author,
        roleId: roleId(c.role),
        createdAt: c.at,
        text: c.text,
        replies: [],
        ...(c.pain ? { pain: c.pain } : {}),
      },
    })
    for (const r of c.replies ?? []) commands.push({ type: 'comment.reply', commentId: id, reply: r })
    if (c.resolved) commands.push({ type: 'comment.resolve', commentId: id, resolution: c.resolved })
  }
  for (const s of spec.review?.signOffs ?? []) {
    commands.push({ type: 'signOff.sign', id: `so_${p}_${s.state}_${s.role}`, stateId: stateId(s.state), roleId: roleId(s.role), by: s.by, at: s.at, comment: s.comment, local: true })
  }
  return commands.reduce((doc, command) => applyCommand(doc, command).project, project)
}
