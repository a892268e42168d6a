// A PNG of one of our own SVG images: drawn by the browser onto a canvas with a white background,
// at the screen's pixel ratio. Because the SVG is ours (no foreignObject, no DOM clone of React
// Flow), lanes and edges are always in the picture.

/** Canvases larger than this fail or exhaust memory in some browsers. */
const MAX_SIDE = 16_000
const MAX_PIXELS = 48_000_000

export function pngScale(width: number, height: number, ratio: number): number {
  let scale = Math.max(1, ratio || 1)
  scale = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)))
  return Math.max(0.1, scale)
}

export async function svgToPng(svg: string, ratio = globalThis.devicePixelRatio ?? 1): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.decoding = 'sync'
    img.src = url
    await img.decode()
    const width = img.naturalWidth
    const height = img.naturalHeight
    if (!width || !height) throw new Error('the image has no size')
    const scale = pngScale(width, height, ratio)
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('this browser cannot draw on a canvas')
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
