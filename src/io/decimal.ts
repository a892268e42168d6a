// Numbers in files that other tools read (BPMN, SVG): plain decimals. JavaScript writes 1e21 and
// 1e-7 in exponent notation, which XML Schema's xsd:double reads but many BPMN tools' parsers and
// SVG's own number grammar in attributes handled by older readers do not.

/** `n` rounded to `digits` decimals, written without exponent notation, never "-0"; non-finite numbers as 0. */
export function decimal(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return '0'
  const scale = 10 ** digits
  const r = Math.round(n * scale) / scale
  if (Object.is(r, -0) || r === 0) return '0'
  const text = String(r)
  return text.includes('e') ? expand(r) : text
}

/** `n` exactly as JavaScript prints it (it reads back to the same number), but never in exponent notation. */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '0'
  const text = String(n)
  return text.includes('e') ? expand(n) : text
}

/** The exact decimal digits of a number JavaScript would print with an exponent. */
function expand(n: number): string {
  const [mantissa, exp] = String(Math.abs(n)).split('e') as [string, string]
  const [whole, fraction = ''] = mantissa.split('.') as [string, string?]
  const digits = whole + fraction
  const point = whole.length + Number(exp)
  const sign = n < 0 ? '-' : ''
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length)
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}
