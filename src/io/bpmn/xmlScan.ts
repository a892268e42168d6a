// The fast path of XML reading: plain, well-formed XML as modelling tools write it, scanned with
// indexOf and sticky regular expressions instead of one character at a time. Anything it does not
// fully understand (a DOCTYPE, an entity other than the five predefined ones and character
// references, a name outside ASCII, a mismatched tag, stray text, an odd declaration) makes it
// return null, and saxes reads the file instead. So it never accepts what saxes would refuse,
// and never expands an entity.
import { Attributes, DOCTYPE_REFUSAL, Refusal, TreeBuilder, type XmlReadOptions, type XmlResult } from './xmlTree'

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y
/** A whole start tag in one match: name, attributes (checked, split below), "/" when empty. */
const START_TAG = /<([A-Za-z_:][-A-Za-z0-9_:.]*)((?:[ \t\n]+[A-Za-z_:][-A-Za-z0-9_:.]*[ \t\n]*=[ \t\n]*(?:"[^"<]*"|'[^'<]*'))*)[ \t\n]*(\/?)>/y
const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)[ \t\n]*=[ \t\n]*(?:"([^"<]*)"|'([^'<]*)')/g
const CLOSE_END = /[ \t\n]*>/y
const DECLARATION = /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.[0-9]+\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/y
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/y
// eslint-disable-next-line no-control-regex -- the pattern finds characters XML forbids
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
const ONLY_SPACE = /^[ \t\n]*$/
const SPACE = /[ \t\n]*/y
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** Not a file this scanner reads: saxes decides. */
class Unhandled extends Error {}

export function scanXml(input: string, options: XmlReadOptions): XmlResult | null {
  if (NOT_XML_CHAR.test(input)) return null
  const text = input.indexOf('\r') === -1 ? input : input.replace(/\r\n?/g, '\n')
  const tree = new TreeBuilder(options)
  try {
    scan(text, tree)
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: e.message }
    if (e instanceof Unhandled) return null
    throw e
  }
  return tree.root ? { ok: true, root: tree.root, elements: tree.elements } : null
}

function scan(text: string, tree: TreeBuilder): void {
  const open: string[] = []
  let rootDone = false
  let i = 0
  if (text.startsWith('<?xml')) {
    DECLARATION.lastIndex = 0
    if (!DECLARATION.test(text)) throw new Unhandled()
    i = DECLARATION.lastIndex
  }
  for (;;) {
    const lt = text.indexOf('<', i)
    const stop = lt === -1 ? text.length : lt
    // Most text between tags is indentation nobody reads: checked in place, never copied.
    SPACE.lastIndex = i
    SPACE.test(text)
    const blank = SPACE.lastIndex >= stop
    const chunk = blank && !tree.readsText() ? '' : text.slice(i, stop)
    if (chunk.length > 0) {
      if (open.length === 0) {
        if (!ONLY_SPACE.test(chunk)) throw new Unhandled()
      } else {
        if (chunk.includes(']]>')) throw new Unhandled()
        // Whitespace between tags is most of the text: only elements that read text get it decoded.
        if (tree.readsText()) tree.text(decode(chunk))
        else if (chunk.includes('&')) decode(chunk)
      }
    }
    if (lt === -1) break
    const next = text.charCodeAt(lt + 1)
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4)
        if (end === -1 || text.indexOf('--', lt + 4) < end) throw new Unhandled()
        i = end + 3
      } else if (text.startsWith('<![CDATA[', lt) && open.length > 0) {
        const end = text.indexOf(']]>', lt + 9)
        if (end === -1) throw new Unhandled()
        tree.text(text.slice(lt + 9, end))
        i = end + 3
      } else if (text.startsWith('<!DOCTYPE', lt) && open.length === 0 && !rootDone) {
        throw new Refusal(DOCTYPE_REFUSAL)
      } else throw new Unhandled()
    } else if (next === 0x3f /* ? */) {
      NAME.lastIndex = lt + 2
      const target = NAME.exec(text)
      const end = text.indexOf('?>', lt + 2)
      if (!target || end === -1 || /^xml$/i.test(target[0])) throw new Unhandled()
      i = end + 2
    } else if (next === 0x2f /* / */) {
      NAME.lastIndex = lt + 2
      const name = NAME.exec(text)
      if (!name || open.pop() !== name[0]) throw new Unhandled()
      CLOSE_END.lastIndex = NAME.lastIndex
      if (!CLOSE_END.test(text)) throw new Unhandled()
      i = CLOSE_END.lastIndex
      tree.close()
      if (open.length === 0) rootDone = true
    } else {
      if (rootDone) throw new Unhandled()
      START_TAG.lastIndex = lt
      const tag = START_TAG.exec(text)
      if (!tag) throw new Unhandled()
      i = START_TAG.lastIndex
      const name = tag[1]!
      if (tree.skipping()) {
        // Inside a skipped element: attributes are checked as saxes would, never kept.
        if (tag[2]) checkAttributes(tag[2])
        tree.open(name, NO_ATTRIBUTES, false)
        if (tag[3] === '/') tree.close()
        else open.push(name)
        continue
      }
      const attributes = new Attributes()
      let prefixed = false
      if (tag[2]) {
        ATTRIBUTE.lastIndex = 0
        for (let a = ATTRIBUTE.exec(tag[2]); a !== null; a = ATTRIBUTE.exec(tag[2])) {
          const key = a[1]!
          if (attributes[key] !== undefined || key === '__proto__') throw new Unhandled()
          if (key.indexOf(':') !== -1 || key === 'xmlns') prefixed = true
          const raw = a[2] ?? a[3]!
          attributes[key] = decode(raw.indexOf('\n') === -1 && raw.indexOf('\t') === -1 ? raw : raw.replace(/[\t\n]/g, ' '))
        }
      }
      tree.open(name, attributes, prefixed)
      if (tag[3] === '/') {
        tree.close()
        if (open.length === 0) rootDone = true
      } else open.push(name)
    }
  }
  if (open.length > 0 || !rootDone) throw new Unhandled()
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>)

/** Well-formedness of attributes nobody reads: no name twice, only known references. */
function checkAttributes(source: string): void {
  const seen: string[] = []
  ATTRIBUTE.lastIndex = 0
  for (let a = ATTRIBUTE.exec(source); a !== null; a = ATTRIBUTE.exec(source)) {
    if (seen.includes(a[1]!)) throw new Unhandled()
    seen.push(a[1]!)
    const raw = a[2] ?? a[3]!
    if (raw.indexOf('&') !== -1) decode(raw)
  }
}

/** Character data with the five predefined entities and character references decoded; anything else is unhandled. */
function decode(s: string): string {
  let amp = s.indexOf('&')
  if (amp === -1) return s
  let out = ''
  let from = 0
  while (amp !== -1) {
    REFERENCE.lastIndex = amp
    const m = REFERENCE.exec(s)
    if (!m) throw new Unhandled()
    out += s.slice(from, amp)
    if (m[1]) out += PREDEFINED[m[1]]
    else {
      const code = m[2] ? parseInt(m[2], 10) : parseInt(m[3]!, 16)
      const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
      if (!allowed) throw new Unhandled()
      out += String.fromCodePoint(code)
    }
    from = REFERENCE.lastIndex
    amp = s.indexOf('&', from)
  }
  return out + s.slice(from)
}
