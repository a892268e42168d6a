// Bytes that are not UTF-8 are said, with where they are, instead of silently becoming "�".
import { describe, expect, it } from 'vitest'
import { serializeProject } from '../../src/domain/model'
import { decodeUtf8, invalidUtf8Offsets } from '../../src/io/utf8'
import { importFile } from '../../src/ui/project/importers'
import { loadProject } from '../helpers/fixtures'

describe('reading UTF-8', () => {
  it('finds every invalid sequence as browsers count them: stray bytes, cut sequences, overlong forms, surrogates', () => {
    const bytes = (...b: number[]) => new Uint8Array(b)
    expect(invalidUtf8Offsets(new TextEncoder().encode('Scan tray 🧪 é'))).toEqual({ first: -1, count: 0 })
    expect(invalidUtf8Offsets(bytes(0x61, 0xe9, 0x62))).toEqual({ first: 1, count: 1 })
    expect(invalidUtf8Offsets(bytes(0xe2, 0x82))).toEqual({ first: 0, count: 1 })
    expect(invalidUtf8Offsets(bytes(0xc0, 0xaf))).toEqual({ first: 0, count: 2 })
    expect(invalidUtf8Offsets(bytes(0xed, 0xa0, 0x80))).toEqual({ first: 0, count: 3 })
    for (const b of [bytes(0x61, 0xe9, 0x62), bytes(0xe2, 0x82), bytes(0xc0, 0xaf), bytes(0xed, 0xa0, 0x80), bytes(0xf4, 0x90, 0x80, 0x80)]) {
      const replaced = [...new TextDecoder().decode(b)].filter((c) => c === '\uFFFD').length
      expect(invalidUtf8Offsets(b).count).toBe(replaced)
    }
  })

  it('says where the first one is and how many there are', () => {
    expect(decodeUtf8(new Uint8Array([0x61, 0xe9, 0x62, 0xff]))).toEqual({ text: 'a\uFFFDb\uFFFD', warning: 'not valid UTF-8 at byte 1 and 1 more place; read as "\uFFFD" there' })
    expect(decodeUtf8(new TextEncoder().encode('tray é')).warning).toBeUndefined()
  })

  it('given a project file with a Latin-1 byte, when it is imported in the app, then it opens with a warning that says where', async () => {
    const text = serializeProject({ ...loadProject(), name: 'Tray return caf\u00e9' })
    const utf8 = new TextEncoder().encode(text)
    const at = utf8.indexOf(0xc3)
    const latin1 = new Uint8Array([...utf8.subarray(0, at), 0xe9, ...utf8.subarray(at + 2)])
    const result = await importFile(new File([latin1], 'tray.flowstate.json'))
    expect(result.ok && result.warnings).toEqual([`not valid UTF-8 at byte ${at.toLocaleString('en-US')}; read as "\uFFFD" there`])
  })
})
