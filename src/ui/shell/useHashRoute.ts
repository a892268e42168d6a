import { useCallback, useSyncExternalStore } from 'react'

// The open project lives in the address (#/project/<id>), so a reload reopens it and the
// browser's back button returns to the list.
export type Route = { screen: 'projects' } | { screen: 'project'; projectId: string }

export function parseRoute(hash: string): Route {
  const m = /^#\/project\/([^/?#]+)$/.exec(hash)
  return m ? { screen: 'project', projectId: decodeURIComponent(m[1]!) } : { screen: 'projects' }
}

export function routeHash(route: Route): string {
  return route.screen === 'project' ? `#/project/${encodeURIComponent(route.projectId)}` : '#/'
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  const navigate = useCallback((route: Route) => {
    const next = routeHash(route)
    if (window.location.hash !== next) window.location.hash = next
  }, [])
  return [parseRoute(hash), navigate]
}
