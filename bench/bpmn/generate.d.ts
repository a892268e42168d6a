// Types of generate.js, for the TypeScript that imports it (the quick regression check).
export function generatePair(n: number): { before: string; after: string }
