import { useMemo } from 'react'
import { AppBoundary } from './shell/RecoveryScreen'
import { Shell } from './shell/Shell'
import { StorageProvider } from './shell/StorageContext'
import { defaultStorage, type AppStorage } from './shell/storage'

/**
 * The app: the project list and the open project, stored in this browser. Tests pass their own
 * storage. Whatever throws inside, the recovery screen replaces it: never a blank page.
 */
export function App({ storage }: { storage?: AppStorage }) {
  return (
    <AppBoundary>
      <StoredApp storage={storage} />
    </AppBoundary>
  )
}

function StoredApp({ storage }: { storage?: AppStorage | undefined }) {
  const value = useMemo(() => storage ?? defaultStorage(), [storage])
  return (
    <StorageProvider value={value}>
      <Shell />
    </StorageProvider>
  )
}
