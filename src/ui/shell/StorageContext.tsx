import { createContext, useContext } from 'react'
import type { AppStorage } from './storage'

const StorageContext = createContext<AppStorage | null>(null)

export const StorageProvider = StorageContext.Provider

export function useStorage(): AppStorage {
  const s = useContext(StorageContext)
  if (!s) throw new Error('useStorage outside StorageProvider')
  return s
}
