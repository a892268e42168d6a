// A streaming XML tokenizer for event logs: start tags with their attributes, end tags, nothing
// else kept. It reads chunk by chunk (an XES file of a million events is hundreds of megabytes)
// and holds only the unfinished end of the last chunk. The same hostility rules as the BPMN
// reader: a DOCTYPE is refused, so no entity is ever declared or expanded; only the five
// predefined entities and character references are read; nesting and tag sizes are capped.
// Text between tags is not read: XES keeps everything in attributes.

export const XML_STREAM_LIMITS = {
  depth: 1_000,
  /** A start tag longer than this is not an XES element but a broken or hostile file. */
  tagChars: 1_000_000,
} as const

export class XmlStreamError extends Error {}

export interface XmlStreamHandler {
  open(name: string, attrs: Record<string, string>, line: number): void
  close(name: string): void
}

const START_TAG = /<([A-Za-z_:][-A-Za-z0-9_:.]*)((?:[ \t\r\n]+[A-Za-z_:][-A-Za-z0-9_:.]*[ \t\r\n]*=[ \t\r\n]*(?:"[^"<]*"|'[^'<]*'))*)[ \t\r\n]*(\/?)>/y
const END_TAG = /<\/([A-Za-z_:][-A-Za-z0-9_:.]*)[ \t\r\n]*>/y
const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)[ \t\r\n]*=[ \t\r\n]*(?:"([^"<]*)"|'([^'<]*)')/g
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));|&/g
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export class XmlStream {
  private rest = ''
  /** Line of the first character of `rest`. */
  private line = 1
  private readonly open: string[] = []
  private rootSeen = false
  private rootClosed = false

  constructor(private readonly handler: XmlStreamHandler) {}

  push(chunk: string): void {
    this.consume(this.rest.length === 0 ? chunk : this.rest + chunk, false)
  }

  end(): void {
    this.consume(this.rest, true)
    if (!this.rootSeen) throw new XmlStreamError('not XML: no element found')
    if (this.open.length > 0) throw new XmlStreamError(`the file ends inside <${this.open[this.open.length - 1]}>: it was cut off`)
  }

  private consume(text: string, final: boolean): void {
    let pos = 0
    let line = this.line
    let counted = 0
    const lineAt = (p: number) => {
      for (let i = text.indexOf('\n', counted); i !== -1 && i < p; i = text.indexOf('\n', i + 1)) line++
      counted = p
      return line
    }
    for (;;) {
      const lt = text.indexOf('<', pos)
      if (lt === -1) {
        pos = text.length
        break
      }
      pos = lt
      const next = text.charCodeAt(lt + 1)
      if (Number.isNaN(next)) break
      if (next === 47 /* / */) {
        END_TAG.lastIndex = lt
        const m = END_TAG.exec(text)
        if (!m) {
          if (this.incomplete(text, lt, final)) break
          throw this.error(lineAt(lt), 'a broken end tag')
        }
        const name = m[1]!
        const top = this.open.pop()
        if (top !== name) throw this.error(lineAt(lt), top === undefined ? `</${name}> closes nothing` : `</${name}> where </${top}> was expected`)
        this.handler.close(name)
        if (this.open.length === 0) this.rootClosed = true
        pos = END_TAG.lastIndex
      } else if (next === 33 /* ! */ || next === 63 /* ? */) {
        const skipped = this.skipSpecial(text, lt, final, lineAt)
        if (skipped === -1) break
        pos = skipped
      } else {
        START_TAG.lastIndex = lt
        const m = START_TAG.exec(text)
        if (!m) {
          if (this.incomplete(text, lt, final)) break
          throw this.error(lineAt(lt), 'a broken start tag')
        }
        if (this.rootClosed) throw this.error(lineAt(lt), 'a second root element')
        this.rootSeen = true
        const name = m[1]!
        const attrs = parseAttributes(m[2]!, () => this.error(lineAt(lt), 'an unknown entity in an attribute (only &lt; &gt; &amp; &quot; &apos; and character references are read)'))
        const empty = m[3] === '/'
        if (!empty) {
          if (this.open.length >= XML_STREAM_LIMITS.depth) throw this.error(lineAt(lt), `elements nested more than ${XML_STREAM_LIMITS.depth} deep`)
          this.open.push(name)
        }
        this.handler.open(name, attrs, lineAt(lt))
        if (empty) this.handler.close(name)
        pos = START_TAG.lastIndex
      }
    }
    lineAt(pos)
    this.line = line
    this.rest = pos >= text.length ? '' : text.slice(pos)
    if (final && this.rest.trim().length > 0) throw this.error(line, 'the file ends inside a tag')
  }

  /** A tag that does not match: wait for more text, unless the next '<' or the end shows it broken. */
  private incomplete(text: string, lt: number, final: boolean): boolean {
    if (text.indexOf('<', lt + 1) !== -1) return false
    if (final) throw new XmlStreamError('the file ends inside a tag: it was cut off')
    if (text.length - lt > XML_STREAM_LIMITS.tagChars) throw this.error(this.line, `a tag longer than ${XML_STREAM_LIMITS.tagChars.toLocaleString('en-US')} characters`)
    return true
  }

  /** Comments, CDATA, processing instructions and the XML declaration; a DOCTYPE is refused. -1: wait for more. */
  private skipSpecial(text: string, lt: number, final: boolean, lineAt: (p: number) => number): number {
    const head = text.slice(lt, lt + 9)
    let close: string
    if (head.startsWith('<!--')) close = '-->'
    else if (head.startsWith('<![CDATA[')) close = ']]>'
    else if (head.startsWith('<?')) close = '?>'
    else if (/^<!DOCTYPE/i.test(head) || (head.length < 9 && '<!DOCTYPE'.startsWith(head.toUpperCase()) && !final)) {
      if (head.length < 9) return -1
      throw new XmlStreamError('refused: the file declares a DOCTYPE (entity declarations are never read, for safety)')
    } else if (head.length < 9 && !final && ('<!--'.startsWith(head) || '<![CDATA['.startsWith(head))) return -1
    else throw this.error(lineAt(lt), `an unexpected "${head.slice(0, 4)}"`)
    const end = text.indexOf(close, lt + 2)
    if (end === -1) {
      if (final) throw this.error(lineAt(lt), `"${head.slice(0, 4)}" is never closed`)
      if (text.length - lt > XML_STREAM_LIMITS.tagChars) throw this.error(lineAt(lt), 'a comment or instruction that never ends')
      return -1
    }
    return end + close.length
  }

  private error(line: number, what: string): XmlStreamError {
    return new XmlStreamError(`not well-formed XML: line ${line}: ${what}`)
  }
}

function parseAttributes(source: string, unknownEntity: () => Error): Record<string, string> {
  const attrs = Object.create(null) as Record<string, string>
  if (source.length === 0) return attrs
  ATTRIBUTE.lastIndex = 0
  for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source)) {
    const raw = m[2] ?? m[3] ?? ''
    attrs[m[1]!] = raw.indexOf('&') === -1 ? raw : decode(raw, unknownEntity)
  }
  return attrs
}

function decode(raw: string, unknownEntity: () => Error): string {
  return raw.replace(REFERENCE, (whole, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return PREDEFINED[named]!
    const code = dec !== undefined ? parseInt(dec, 10) : hex !== undefined ? parseInt(hex, 16) : NaN
    if (whole === '&' || !(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw unknownEntity()
    return String.fromCodePoint(code)
  })
}
