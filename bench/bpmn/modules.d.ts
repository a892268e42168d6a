// bpmn-js-differ ships no types; the benchmarks need only its entry point.
declare module 'bpmn-js-differ' {
  export function diff(before: unknown, after: unknown): { _added: object; _removed: object; _changed: object; _layoutChanged: object }
}
