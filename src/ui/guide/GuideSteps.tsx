// The three things a first workshop needs, in the words the screen uses: button names are
// written exactly as the buttons say them, so "press Derive state" finds the button.
import type { ReactNode } from 'react'

/** The three steps, each a numbered heading (h3, under the guide's h2) and a few sentences. */
export function GuideSteps() {
  return (
    <div className="guide-steps">
      <GuideStep n={1} title="Add a step">
        Open a project, click a step and press <kbd>Enter</kbd>: a new step follows it. Type its name; <kbd>Tab</kbd> moves it to the next
        role’s lane, <kbd>Enter</kbd> adds the next step.
      </GuideStep>
      <GuideStep n={2} title="Derive a future state">
        In <strong>States</strong>, pick the state to copy and “a future state”, then press <strong>Derive state</strong>. The copy keeps each
        step’s identity (its lineage), so the diff knows which steps moved.
      </GuideStep>
      <GuideStep n={3} title="Read the diff">
        <strong>Compare</strong> Current state → Future state. The maps mark added, changed and removed steps; <strong>Changes</strong> lists
        who must adapt, handoffs gained and lost, and data documented twice. Click a change to see it.
      </GuideStep>
    </div>
  )
}

function GuideStep({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <div className="guide-step">
      <h3 className="guide-step-title">
        <span className="guide-step-number" aria-hidden="true">
          {n}
        </span>
        <span className="visually-hidden">Step {n}:</span> {title}
      </h3>
      <p className="guide-step-text">{children}</p>
    </div>
  )
}
