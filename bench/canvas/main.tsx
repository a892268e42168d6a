// The benchmark pages, chosen by the address; each loads only its own code, so the time until a
// page is interactive includes loading exactly what that page needs:
// `?page=flowstate` (the editor's state pane with its canvas), `?page=bare` (React Flow with
// default nodes at the same places), `?page=storage` (IndexedDB timings, see storage.ts) and
// `?page=sync` (opening a shared project and the memory of its doc, see sync.ts).
// `&steps=N` sets the size of the generated state.
const params = new URLSearchParams(location.search)
const count = Number(params.get('steps') ?? 1000)
const page = params.get('page') ?? 'flowstate'
if (page === 'sync') void import('./sync').then((m) => (window.benchSync = { measure: (rounds, edits) => m.measureSync(count, rounds, edits), hold: m.hold, release: m.release }))
else if (page === 'storage') void import('./storage').then((m) => (window.benchStorage = (rounds, edits) => m.measureStorage(count, rounds, edits)))
else if (page === 'bare') void import('./bare').then((m) => m.showBare(count))
else void import('./flowstate').then((m) => m.showFlowstate(count))
