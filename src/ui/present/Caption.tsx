import type { Role } from '../../domain/model'
import '../compare/toneMarks.css'
import type { AdaptingRole, ChangeSlide, SummarySlide } from './slides'

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
      </div>
      <Adapting adapt={slide.adapt} roles={roles} />
    </>
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
