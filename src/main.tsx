import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'
import './ui/app.css'
import { App } from './ui/App'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// A build keeps its files for offline use (scripts/offline.ts); the dev server has no worker.
// The mode, not PROD: a build run under a test runner (NODE_ENV=test) is still the app users get.
if (import.meta.env.MODE === 'production' && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Without the worker the app still runs; it only needs the network to load again.
    })
  })
}
