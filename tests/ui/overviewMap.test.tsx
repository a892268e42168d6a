import { ReactFlow, ReactFlowProvider, type Node } from '@xyflow/react'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { OverviewMap } from '../../src/ui/canvas/OverviewMap'

const step = (id: string, x: number, y: number, color: string): Node => ({ id, position: { x, y }, width: 100, height: 60, data: { color } })
const colorOf = (node: Node) => (node.data as { color: string }).color

describe('the overview minimap of a large map', () => {
  it('given steps in two lane colours, then it draws one path per colour, a mask around the view, and is named "Minimap"', () => {
    const nodes = [step('a', 0, 0, '#d1242f'), step('b', 200, 0, '#d1242f'), step('c', 0, 200, '#0969da')]
    render(
      <ReactFlowProvider>
        <div style={{ width: 800, height: 600 }}>
          <ReactFlow nodes={[]} edges={[]}>
            <OverviewMap nodes={nodes} colorOf={colorOf} content={{ x: 0, y: 0, width: 300, height: 260 }} />
          </ReactFlow>
        </div>
      </ReactFlowProvider>,
    )
    const map = screen.getByRole('img', { name: 'Minimap' })
    const paths = [...map.querySelectorAll('path')]
    const red = paths.find((p) => p.getAttribute('fill') === '#d1242f')!
    expect(red.getAttribute('d')).toBe('M0 0h100v60h-100zM200 0h100v60h-100z')
    expect(paths.filter((p) => p.getAttribute('fill') === '#0969da')).toHaveLength(1)
    expect(map.querySelector('.react-flow__minimap-mask')).not.toBeNull()
    expect(map.closest('.react-flow__minimap')).not.toBeNull()
  })
})
