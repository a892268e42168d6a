// Types of run.mjs, for the TypeScript that imports it (the quick regression check).
export function measureBundle(options?: { list?: boolean }): Promise<{
  initial: { files: string[]; bytes: number; gzipBytes: number; gzipKB: number }
  openProject: { files: string[]; gzipBytes: number; gzipKB: number }
  bareReactFlow: { gzipBytes: number; gzipKB: number }
  ratio: { initialOverBare: number; initialPlusProjectOverBare: number }
}>
