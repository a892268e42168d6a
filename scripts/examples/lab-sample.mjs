// An urgent blood sample from the order to the result on the ward: paper requisition, porter and
// LIS re-entry (current), bedside label printing with positive patient ID while the paper
// requisition still runs (transition), electronic orders, pneumatic tube and an analyzer
// interface (future).
import { automatic, manual } from './lib.mjs'

export const file = 'lab-sample.flowstate.json'

export const spec = {
  prefix: 'lab',
  name: 'Lab sample: collection to result',
  description:
    'An urgent potassium on a medical ward, from the order to the physician acting on the result. Current: the LIS does ' +
    'not receive EHR orders, so a ward clerk prints labels and fills a paper requisition, a porter carries the sample, ' +
    'the lab types patient and tests into the LIS and again at the analyzer, and every urgent result is phoned to the ' +
    'ward. Transition: bedside label printing with positive patient ID (wristband scan) while the paper requisition ' +
    'still travels with the sample, now filled by the nurse. Future: electronic orders with barcoded labels, a pneumatic ' +
    'tube instead of the porter round, an analyzer host query and autoverification, and result alerts on the ward ' +
    'handheld; only critical values are still phoned.',
  createdAt: '2026-05-12T09:00:00.000Z',
  roles: [
    { key: 'phys', name: 'Ordering physician', color: '#4e79a7' },
    { key: 'clerk', name: 'Ward clerk', color: '#9c755f' },
    { key: 'nurse', name: 'Ward nurse', color: '#59a14f' },
    { key: 'porter', name: 'Porter', color: '#f28e2b' },
    { key: 'processor', name: 'Specimen processor', color: '#edc948' },
    { key: 'scientist', name: 'Medical laboratory scientist', color: '#b07aa1' },
    { key: 'pathologist', name: 'Laboratory physician', color: '#e15759' },
  ],
  systems: [
    { key: 'ehr', name: 'EHR' },
    { key: 'requisition', name: 'Paper requisition' },
    { key: 'labelprinter', name: 'Ward label printer' },
    { key: 'handheld', name: 'Bedside PPID handheld' },
    { key: 'tube', name: 'Pneumatic tube system' },
    { key: 'lis', name: 'LIS' },
    { key: 'analyzer', name: 'Chemistry analyzer' },
    { key: 'notepad', name: 'Paper notepad on the ward' },
  ],
  dataItems: [
    { key: 'order', name: 'Lab order' },
    { key: 'patient', name: 'Patient ID' },
    { key: 'drawn', name: 'Collection time' },
    { key: 'received', name: 'Receipt time' },
    { key: 'result', name: 'Test result' },
    { key: 'techval', name: 'Technical validation' },
    { key: 'medval', name: 'Medical validation' },
    { key: 'callback', name: 'Result call record' },
  ],
  states: [
    {
      phase: 'current',
      name: 'Current state: paper requisition and porter',
      steps: [
        { key: 'needed', kind: 'start', label: 'Urgent potassium needed', role: 'phys' },
        {
          key: 'order', kind: 'task', label: 'Order tests in EHR', role: 'phys', touch: 2, value: 'necessary',
          systems: ['ehr'], records: [manual('order', 'ehr')],
        },
        {
          key: 'requisition', kind: 'task', label: 'Print labels and fill requisition', role: 'clerk', touch: 5, value: 'waste',
          systems: ['requisition', 'labelprinter'], records: [manual('order', 'requisition'), manual('patient', 'requisition')],
          notes: 'The LIS does not receive EHR orders: the paper requisition is the order the lab acts on. Labels come off the desk printer in batches and are carried to the bedside.',
        },
        {
          key: 'collect', kind: 'task', label: 'Collect blood sample at bedside', role: 'nurse', touch: 8, value: 'value-add',
          systems: ['requisition'], records: [manual('drawn', 'requisition')],
          notes: 'Identity checked by asking name and date of birth against a label printed at the desk.',
        },
        {
          key: 'waitporter', kind: 'wait', label: 'Wait for porter round', role: 'porter', wait: 30, value: 'waste',
          notes: 'Porter rounds every 30 minutes; an urgent sample waits unless someone phones.',
        },
        { key: 'carry', kind: 'task', label: 'Carry samples to lab', role: 'porter', touch: 15, value: 'necessary' },
        {
          key: 'accession', kind: 'task', label: 'Receive and accession sample', role: 'processor', touch: 4, wait: 20, value: 'waste',
          systems: ['lis'], records: [manual('order', 'lis'), manual('patient', 'lis'), manual('received', 'lis')],
          notes: 'Patient and tests are typed from the requisition into the LIS: this is where transcription errors enter.',
        },
        { key: 'acceptable', kind: 'decision', label: 'Sample acceptable?', role: 'processor', touch: 1, value: 'necessary' },
        { key: 'centrifuge', kind: 'wait', label: 'Centrifugation', role: 'processor', wait: 10, value: 'necessary' },
        {
          key: 'load', kind: 'task', label: 'Load sample on analyzer', role: 'scientist', touch: 4, value: 'necessary',
          systems: ['analyzer'], records: [manual('order', 'analyzer')],
          notes: 'No host query: the tests are programmed at the analyzer by hand.',
        },
        { key: 'run', kind: 'wait', label: 'Analysis run', role: 'scientist', wait: 20, value: 'value-add' },
        {
          key: 'techval', kind: 'task', label: 'Technical validation and result entry', role: 'scientist', touch: 6, value: 'necessary',
          systems: ['lis', 'analyzer'], records: [manual('result', 'lis'), manual('techval', 'lis')],
          notes: 'No analyzer interface: results are typed from the printout into the LIS.',
        },
        {
          key: 'medval', kind: 'subprocess', label: 'Medical validation', role: 'pathologist', touch: 3, wait: 60, value: 'necessary',
          systems: ['ehr', 'lis'], records: [automatic('result', 'ehr'), manual('medval', 'lis')],
          notes: 'Its own map: delta checks, clinical plausibility, comments. Released in batches; the result reaches the EHR only after this sign-off.',
        },
        {
          key: 'phone', kind: 'task', label: 'Phone urgent result to ward', role: 'scientist', touch: 5, wait: 10, value: 'necessary',
          systems: ['lis'], records: [manual('callback', 'lis')],
        },
        {
          key: 'take', kind: 'task', label: 'Take phoned result and inform physician', role: 'nurse', touch: 5, value: 'necessary',
          systems: ['notepad'], records: [manual('result', 'notepad')],
          notes: 'The value is written on paper and read back; the paper is what reaches the physician.',
        },
        { key: 'acts', kind: 'end', label: 'Physician acts on result', role: 'phys' },
      ],
      flows: [
        { from: 'needed', to: 'order' },
        { from: 'order', to: 'requisition' },
        { from: 'requisition', to: 'collect' },
        { from: 'collect', to: 'waitporter' },
        { from: 'waitporter', to: 'carry' },
        { from: 'carry', to: 'accession' },
        { from: 'accession', to: 'acceptable' },
        { from: 'acceptable', to: 'centrifuge', label: 'Yes' },
        { from: 'acceptable', to: 'collect', label: 'No: phone ward to recollect' },
        { from: 'centrifuge', to: 'load' },
        { from: 'load', to: 'run' },
        { from: 'run', to: 'techval' },
        { from: 'techval', to: 'medval' },
        { from: 'medval', to: 'phone' },
        { from: 'phone', to: 'take' },
        { from: 'take', to: 'acts' },
      ],
    },
    {
      phase: 'transition',
      name: 'Transition state: bedside labels beside the paper requisition',
      change: {
        requisition: {
          label: 'Fill paper requisition', role: 'nurse', touch: 4, systems: ['requisition'],
          records: [manual('order', 'requisition'), manual('patient', 'requisition'), manual('drawn', 'requisition')],
          notes: 'Still needed until the LIS takes electronic orders. The clerk no longer prints labels, so the nurse fills it at the bedside after the draw.',
        },
        collect: {
          systems: ['handheld'], records: [manual('drawn', 'handheld')],
          notes: 'The handheld asks to confirm the draw time, and the requisition has its own box for it.',
        },
      },
      add: [
        {
          key: 'scanlabel', kind: 'task', label: 'Scan wristband and print labels at bedside', role: 'nurse', touch: 3, value: 'value-add',
          systems: ['handheld'], records: [automatic('patient', 'handheld')],
          notes: 'Positive patient ID: labels are printed only after the wristband scan, so no pre-printed labels travel around the ward.',
        },
      ],
      dropFlows: [['order', 'requisition'], ['requisition', 'collect'], ['collect', 'waitporter'], ['acceptable', 'collect']],
      addFlows: [
        { from: 'order', to: 'scanlabel' },
        { from: 'scanlabel', to: 'collect' },
        { from: 'collect', to: 'requisition' },
        { from: 'requisition', to: 'waitporter' },
        { from: 'acceptable', to: 'scanlabel', label: 'No: phone ward to recollect' },
      ],
    },
    {
      phase: 'future',
      name: 'Future state: electronic order, tube and analyzer interface',
      remove: ['requisition', 'waitporter', 'carry'],
      change: {
        order: {
          systems: ['ehr', 'lis'], records: [manual('order', 'ehr'), automatic('order', 'lis')],
          notes: 'Order interface: the order reaches the LIS as it is signed, and the bedside label carries its barcode.',
        },
        accession: {
          label: 'Scan sample into LIS on receipt', touch: 1, wait: 5, value: 'necessary', records: [automatic('received', 'lis')],
          notes: null,
        },
        load: {
          touch: 1, systems: ['lis', 'analyzer'], records: [automatic('order', 'analyzer')],
          notes: 'Host query: the analyzer reads the barcode and asks the LIS which tests to run.',
        },
        techval: {
          kind: 'subprocess', label: 'Autoverification and review of flagged results', touch: 2,
          records: [automatic('result', 'lis'), manual('techval', 'lis')],
          notes: 'Its own map: the rules engine releases results inside limits; the scientist reviews only the flagged ones.',
        },
        medval: { touch: 2, wait: 15 },
        phone: { label: 'Phone critical value to ward' },
      },
      add: [
        {
          key: 'tube', kind: 'task', label: 'Send sample by pneumatic tube', role: 'nurse', touch: 2, wait: 5, value: 'necessary',
          systems: ['tube'],
          notes: 'Tube station on the ward: the porter round is no longer on the path of an urgent sample.',
        },
        { key: 'criticalvalue', kind: 'decision', label: 'Critical value?', role: 'pathologist', touch: 1, value: 'necessary' },
        {
          key: 'alert', kind: 'task', label: 'Read result alert on ward handheld', role: 'nurse', touch: 1, value: 'value-add',
          systems: ['ehr', 'handheld'],
          notes: 'Urgent results that are not critical are pushed to the nurse’s handheld: no call, no paper.',
        },
      ],
      dropFlows: [['medval', 'phone']],
      addFlows: [
        { from: 'collect', to: 'tube' },
        { from: 'tube', to: 'accession' },
        { from: 'medval', to: 'criticalvalue' },
        { from: 'criticalvalue', to: 'phone', label: 'Yes' },
        { from: 'criticalvalue', to: 'alert', label: 'No' },
        { from: 'alert', to: 'acts' },
      ],
    },
  ],
  // Pain points from the ward and the lab, and the specimen processing lead's sign-off.
  review: {
    comments: [
      {
        key: 'requisition', state: 'current', step: 'requisition', role: 'clerk', author: 'Sofia Marin (ward clerk)', at: '2026-06-15T08:40:00.000Z',
        pain: { type: 'duplicate-entry', severity: 'high' },
        text: 'The paper requisition copies what the physician already ordered in the EHR.',
      },
      {
        key: 'porter', state: 'current', step: 'waitporter', role: 'porter', author: 'Tom Becker (porter)', at: '2026-06-15T08:45:00.000Z',
        pain: { type: 'waiting', severity: 'medium' },
        text: 'Urgent samples wait for the next porter round like any other.',
      },
      {
        key: 'centrifuge', state: 'current', step: 'centrifuge', role: 'processor', author: 'Anna Lindqvist (specimen processing)', at: '2026-06-15T08:55:00.000Z',
        pain: { type: 'waiting', severity: 'high' },
        text: 'Urgent samples queue behind the routine batch at the centrifuge.',
      },
    ],
    signOffs: [
      { state: 'future', role: 'processor', by: 'Anna Lindqvist (specimen processing)', at: '2026-06-22T13:00:00.000Z', comment: 'Scanning on receipt replaces the accession book.' },
    ],
  },
}
