import { ActionButton } from '../actions/ActionButton'
import { CompareControl } from './CompareControl'
import './compare.css'
import { LayoutToggle } from './LayoutToggle'
import { StatesMenu } from './StatesMenu'

/** The bar under the project header: which states are on screen, and which two are compared. */
export function CompareBar() {
  return (
    <div className="compare-bar" role="group" aria-label="Compare">
      <CompareControl />
      <StatesMenu />
      <LayoutToggle />
      <ActionButton id="view.present" icon="▶" className="tool present-button" title="Present the changes full screen, one at a time" />
    </div>
  )
}
