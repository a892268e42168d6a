import { useState } from 'react'
import { SignOffDialog } from './SignOffDialog'
import { useSignOffs } from './useSignOffs'
import './review.css'

/**
 * The state header's sign-off count: "Sign-off 1/3 · 1 stale". It opens the sign-off of each role.
 * A current state records today's work and has none.
 */
export function SignOffChip({ stateId }: { stateId: string }) {
  const s = useSignOffs(stateId)
  const [open, setOpen] = useState(false)
  if (!s || s.roles.length === 0) return null
  const total = s.roles.length
  const words = `${s.signed} of ${total} roles signed off, ${s.stale} stale, ${s.outstanding} outstanding`
  return (
    <>
      <button type="button" className="tool signoff-chip" title={words} onClick={() => setOpen(true)}>
        Sign-off {s.signed}/{total}
        {s.stale > 0 && <span className="stale"> · {s.stale} stale</span>}
        <span className="visually-hidden">: {words}</span>
      </button>
      {open && <SignOffDialog stateId={stateId} onClose={() => setOpen(false)} />}
    </>
  )
}
