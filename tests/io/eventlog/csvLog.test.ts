import { describe, expect, it } from 'vitest'
import { CsvRows } from '../../../src/io/eventlog/csvRows'
import { guessColumns } from '../../../src/io/eventlog/columns'
import { previewCsv } from '../../../src/io/eventlog/csvLog'
import { readLogText } from './logHelpers'

const HEADER = 'Case ID,Activity,Start,End,User,Role,Department\n'
const settings = { format: 'csv' as const, delimiter: ',', mapping: { case: 0, activity: 1, start: 2, end: 3, resource: 4, role: 5, department: 6 }, timestampFormat: 'iso' as const }

describe('CSV records from a stream', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, in any chunking, with each row\'s line', () => {
    const text = 'a,b\r\n1,"x, ""y""\nz"\r\n2,plain\n\n3,"end"'
    for (const size of [1, 2, 3, 5, 100]) {
      const rows: [string[], number][] = []
      const reader = new CsvRows(',', (fields, line) => rows.push([fields, line]))
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size))
      reader.end()
      expect(rows).toEqual([
        [['a', 'b'], 1],
        [['1', 'x, "y"\nz'], 2],
        [['2', 'plain'], 4],
        [['3', 'end'], 6],
      ])
    }
  })

  it('says where a quote is never closed', () => {
    const reader = new CsvRows(',', () => {})
    reader.push('a,b\n1,"open\n2,x\n')
    expect(() => reader.end()).toThrow('line 2: a quoted field is never closed')
  })
})

describe('the column-mapping step', () => {
  it('guesses case, activity, times, who, role and department from the header and the rows', () => {
    const { header, rows } = previewCsv(HEADER + 'T-1,Washer loaded,2026-03-02 08:00,2026-03-02 08:10,jdoe,Decon tech,Main OR\n', ',')
    expect(guessColumns(header, rows)).toEqual({ mapping: { case: 0, activity: 1, start: 2, end: 3, resource: 4, role: 5, department: 6 }, format: 'iso', ambiguousFormat: false })
  })

  it('takes a lone time column as the event time and finds columns by their values when headers say little', () => {
    const { header, rows } = previewCsv('id;what;when\nT-1;Washer loaded;02/03/2026 08:00\nT-1;Tray assembled;14/03/2026 09:00\n', ';')
    expect(guessColumns(header, rows)).toEqual({ mapping: { case: 0, activity: 1, end: 2 }, format: 'dmy', ambiguousFormat: false })
  })
})

describe('reading a CSV log', () => {
  it('puts each case in time order, warns of ties and keeps their file order', async () => {
    const { cases, notes } = await readLogText(
      HEADER +
        'T-1,Sterilized,,2026-03-02 10:00,,,\n' +
        'T-2,Washed,,2026-03-02 09:00,,,\n' +
        'T-1,Washed,,2026-03-02 09:00,,,\n' +
        'T-1,Scanned,,2026-03-02 09:00,,,\n',
      settings,
    )
    expect(cases.map((c) => [c.id, c.events.map((e) => e.activity)])).toEqual([
      ['T-2', ['Washed']],
      ['T-1', ['Washed', 'Scanned', 'Sterilized']],
    ])
    expect(notes.reordered).toBe(1)
    expect(notes.tied).toBe(1)
  })

  it('reports bad rows by line and leaves them out, never guessing', async () => {
    const { cases, notes } = await readLogText(
      HEADER +
        'T-1,Washed,,2026-03-02 09:00,,,\n' +
        'T-1,Sterilized,,,,,\n' +
        ',Washed,,2026-03-02 09:00,,,\n' +
        'T-1,,,2026-03-02 09:00,,,\n' +
        'T-1,Shelved,,2026-02-30 09:00,,,\n' +
        'T-1,Picked,2026-03-02 12:00,2026-03-02 11:00,,,\n' +
        'T-1,Short\n',
      settings,
    )
    expect(cases[0]!.events.map((e) => e.activity)).toEqual(['Washed'])
    expect(notes.badRowCount).toBe(6)
    expect(notes.badRows).toEqual([
      { line: 3, reason: 'no timestamp' },
      { line: 4, reason: 'no case id' },
      { line: 5, reason: 'no activity' },
      { line: 6, reason: 'time "2026-02-30 09:00" is not a year-month-day time' },
      { line: 7, reason: 'ends (2026-03-02 11:00) before it starts (2026-03-02 12:00)' },
      { line: 8, reason: 'has 2 fields; the columns chosen need 7' },
    ])
  })

  it('leaves out exact duplicate events and says which lines', async () => {
    const { cases, notes } = await readLogText(
      HEADER + 'T-1,Washed,,2026-03-02 09:00,u1,,\nT-1,Washed,,2026-03-02 09:00,u1,,\nT-1,Washed,,2026-03-02 09:30,u1,,\n',
      settings,
    )
    expect(cases[0]!.events).toHaveLength(2)
    expect(notes.duplicates).toBe(1)
    expect(notes.duplicateLines).toEqual([3])
  })

  it('counts day-only timestamps', async () => {
    const { notes, cases } = await readLogText(HEADER + 'T-1,Washed,,2026-03-02,,,\nT-1,Sterilized,,2026-03-02,,,\n', settings)
    expect(notes.dayOnly).toBe(2)
    expect(notes.tied).toBe(1)
    expect(cases[0]!.events.map((e) => e.activity)).toEqual(['Washed', 'Sterilized'])
  })

  it('hands a case on as soon as its last row is read, whatever the order of the file', async () => {
    const { cases } = await readLogText(
      HEADER + 'A,x,,2026-03-02 09:00,,,\nB,x,,2026-03-02 09:01,,,\nA,y,,2026-03-02 09:02,,,\nC,x,,2026-03-02 09:03,,,\nB,y,,2026-03-02 09:04,,,\n',
      settings,
    )
    expect(cases.map((c) => c.id)).toEqual(['A', 'C', 'B'])
  })
})
