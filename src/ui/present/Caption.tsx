import type { Role } from '../../domain/model'
import '../compare/toneMarks.css'
import { PAIN_TYPE_WORDS } from '../../domain/review'
import type { AdaptingRole, ChangeSlide, PainSlide, SummarySlide } from './slides'
import { PainBadge } from '../review/PainBadge'

/** The item on show, in type the back of the room can read: what changed, and who must adapt. */
export function ChangeCaption({ slide, counter, roles }: { slide: ChangeSlide; counter: string; roles: readonly Role[] }) {
  return (
    <>
      <div className="present-what">
        <p className="present-meta">
          <span className="present-count">{counter}</span> <span className="present-group">· {slide.group}</span>
        </p>
        <p className="present-item">
          <span className={`present-tag tone-mark tone-${slide.tone}`}>{slide.tag}</span>
          <span className="visually-hidden">: </span>
          <span className="present-title">{slide.title}</span>
        </p>
        {slide.detail && <p className="present-detail">{slide.detail}</p>}
      </div>
      <Adapting adapt={slide.adapt} roles={roles} />
    </>
  )
}

/** The overview: the counts the change comes down to, and every role that must adapt. */
export function SummaryCaption({ slide, counter, roles }: { slide: SummarySlide; counter: string; roles: readonly Role[] }) {
  return (
    <>
      <div className="present-what">
        <p className="present-meta">
          <span className="present-count">{counter}</span> <span className="present-group">· → or Page Down for the first change, Esc to leave</span>
        </p>
        <ul className="present-figures" aria-label="What changes">
          {slide.figures.map((f) => (
            <li key={f.label}>
              <strong>{f.value}</strong> <span>{f.label}</span>
            </li>
          ))}
        </ul>
        {slide.signOffs && (
          <p className="present-signoffs">
            {slide.signOffs.outstanding.length > 0 && <>Sign-off outstanding: {slide.signOffs.outstanding.join(', ')}. </>}
            {slide.signOffs.stale.length > 0 && <>Signed before later changes: {slide.signOffs.stale.join(', ')}.</>}
          </p>
        )}
      </div>
      <Adapting adapt={slide.adapt} roles={roles} />
    </>
  )
}

/** The pain points the after state leaves as they are: what the room still has to decide. */
export function PainCaption({ slide, counter }: { slide: PainSlide; counter: string }) {
  return (
    <div className="present-what">
      <p className="present-meta">
        <span className="present-count">{counter}</span> <span className="present-group">· the step is still done this way</span>
      </p>
      <ul className="present-pains" aria-label="Pain points not addressed">
        {slide.items.map((p) => (
          <li key={p.id}>
            <PainBadge badge={{ count: 1, highest: p.severity }} /> <strong>{p.on}</strong>: {p.text}{' '}
            <span className="present-group">
              ({PAIN_TYPE_WORDS[p.type]}
              {p.raisedBy ? `, ${p.raisedBy}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

function Adapting({ adapt, roles }: { adapt: readonly AdaptingRole[]; roles: readonly Role[] }) {
  if (adapt.length === 0) return null
  const colourOf = (r: AdaptingRole) => roles.find((x) => x.id === r.roleId)?.color ?? roles.find((x) => x.name === r.name)?.color ?? '#8c959f'
  return (
    <div className="present-adapt">
      <p className="present-adapt-title">Who must adapt</p>
      <ul>
        {adapt.map((r) => (
          <li key={r.name} style={{ '--role': colourOf(r) } as React.CSSProperties}>
            {r.name}
          </li>
        ))}
      </ul>
    </div>
  )
}
