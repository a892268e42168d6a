/** Hard limits of the file format, each with the message a user sees when a file breaks it. */
export const LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  stepsPerState: 50_000,
  flowsPerState: 200_000,
  labelChars: 2_000,
  notesChars: 20_000,
  nameChars: 2_000,
  activitiesPerMap: 10_000,
  repliesPerComment: 1_000,
} as const

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`
  if (n >= 1024) return `${Math.round(n / 1024)} KB`
  return `${n} bytes`
}

export const thousands = (n: number): string => n.toLocaleString('en-US')
