import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'
import './ui/app.css'
import { App } from './ui/App'
import { startOfflineWorker } from './ui/shell/offlineWorker'

// A build keeps its files for offline use and offers its updates (scripts/offline.ts); the dev
// server has no worker. The mode, not PROD: a build run under a test runner (NODE_ENV=test) is
// still the app users get. Started before the first render, so the update notice follows it.
if (import.meta.env.MODE === 'production') startOfflineWorker()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
