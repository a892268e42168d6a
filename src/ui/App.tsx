import { useMemo } from 'react'
import { Shell } from './shell/Shell'
import { StorageProvider } from './shell/StorageContext'
import { defaultStorage, type AppStorage } from './shell/storage'

/** The app: the project list and the open project, stored in this browser. Tests pass their own storage. */
export function App({ storage }: { storage?: AppStorage }) {
  const value = useMemo(() => storage ?? defaultStorage(), [storage])
  return (
    <StorageProvider value={value}>
      <Shell />
    </StorageProvider>
  )
}
