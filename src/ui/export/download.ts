// Saving a generated file: a Blob behind a temporary object URL and a clicked link.

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoked later: the browser may read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
