// The bundle baseline: the smallest useful React Flow page (React, React DOM, React Flow and its
// stylesheet), built like the app by Vite.
import { ReactFlow } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root')!).render(<ReactFlow nodes={[{ id: 'a', position: { x: 0, y: 0 }, data: { label: 'Step' } }]} edges={[]} fitView />)
