import './review.css'
import type { Severity } from '../../domain/model'
import type { PainBadge as Badge } from './usePainBadges'

const MARK: Record<Severity, string> = { high: '▲', medium: '◆', low: '●' }

/**
 * "▲ 2 high": open pain points on a step, their count and highest severity. The severity is a
 * word and a shape, not a colour only.
 */
export function PainBadge({ badge, className = '' }: { badge: Badge; className?: string }) {
  const title = `${badge.count} open pain ${badge.count === 1 ? 'point' : 'points'}, highest severity ${badge.highest}`
  return (
    <span className={`pain-badge pain-${badge.highest} ${className}`} title={title}>
      <span aria-hidden="true">
        {MARK[badge.highest]} {badge.count} {badge.highest}
      </span>
      <span className="visually-hidden">{title}</span>
    </span>
  )
}
