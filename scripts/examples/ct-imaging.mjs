// CT imaging, from the order to the report: no modality worklist and a paper critical-results
// log (current), a stand-alone decision-support portal and an electronic contrast questionnaire
// beside the paper form (transition), decision support inside order entry, a modality worklist
// and a RIS/PACS interface (future).
import { automatic, manual } from './lib.mjs'

export const file = 'ct-imaging.flowstate.json'

export const spec = {
  prefix: 'ct',
  name: 'CT imaging: order to report',
  description:
    'An outpatient contrast CT from the physician’s order to the report: appropriateness, protocoling, scheduling, ' +
    'contrast screening, scan, image QA, PACS, reading and communication of critical results. Current: no modality ' +
    'worklist, so patient and accession number are typed at the scanner and typos surface as orphan studies in PACS; ' +
    'critical results are phoned and logged on paper. Transition: a stand-alone decision-support portal, used by clinic ' +
    'nurses for the physicians, and an electronic contrast questionnaire while the paper form is still signed. Future: ' +
    'decision support inside order entry, a DICOM modality worklist and RIS/PACS interface, point-of-care creatinine ' +
    'and closed-loop critical-result alerts. The paper consent stays until e-signature is approved, so the screening ' +
    'answers are still written twice.',
  createdAt: '2026-05-12T09:00:00.000Z',
  roles: [
    { key: 'phys', name: 'Ordering physician', color: '#4e79a7' },
    { key: 'clinic', name: 'Clinic nurse', color: '#76b7b2' },
    { key: 'rad', name: 'Radiologist', color: '#e15759' },
    { key: 'sched', name: 'Radiology scheduler', color: '#f28e2b' },
    { key: 'nurse', name: 'CT nurse', color: '#59a14f' },
    { key: 'tech', name: 'CT technologist', color: '#b07aa1' },
    { key: 'pacs', name: 'PACS administrator', color: '#9c755f' },
  ],
  systems: [
    { key: 'ehr', name: 'EHR' },
    { key: 'cds', name: 'Decision-support portal' },
    { key: 'ris', name: 'RIS' },
    { key: 'form', name: 'Paper screening form' },
    { key: 'console', name: 'CT scanner console' },
    { key: 'pacs', name: 'PACS' },
    { key: 'critlog', name: 'Paper critical-results log' },
  ],
  dataItems: [
    { key: 'order', name: 'CT order' },
    { key: 'indication', name: 'Clinical indication' },
    { key: 'dsn', name: 'Decision-support number' },
    { key: 'protocol', name: 'Scan protocol' },
    { key: 'appointment', name: 'Appointment' },
    { key: 'accession', name: 'Accession number' },
    { key: 'patient', name: 'Patient ID' },
    { key: 'screening', name: 'Contrast screening answers' },
    { key: 'egfr', name: 'Renal function (eGFR)' },
    { key: 'dose', name: 'Dose report' },
    { key: 'report', name: 'Radiology report' },
    { key: 'critical', name: 'Critical result notification' },
  ],
  states: [
    {
      phase: 'current',
      name: 'Current state: typed at the scanner',
      steps: [
        { key: 'indicated', kind: 'start', label: 'CT indicated', role: 'phys' },
        {
          key: 'order', kind: 'task', label: 'Enter CT order', role: 'phys', touch: 4, value: 'necessary',
          systems: ['ehr'], records: [manual('order', 'ehr'), manual('indication', 'ehr')],
        },
        {
          key: 'sufficient', kind: 'decision', label: 'Indication sufficient to protocol?', role: 'rad', touch: 2, wait: 240, value: 'necessary',
          systems: ['ris'],
          notes: 'Orders wait in the protocoling worklist between reading blocks. Free-text indications like "pain, rule out" come back as phone calls.',
        },
        {
          key: 'protocol', kind: 'task', label: 'Protocol exam', role: 'rad', touch: 3, value: 'value-add',
          systems: ['ris'], records: [manual('protocol', 'ris')],
        },
        {
          key: 'schedule', kind: 'task', label: 'Schedule exam and call patient', role: 'sched', touch: 8, value: 'necessary',
          systems: ['ris'], records: [manual('appointment', 'ris'), automatic('accession', 'ris')],
        },
        {
          key: 'screen', kind: 'task', label: 'Contrast screening questionnaire', role: 'nurse', touch: 10, value: 'necessary',
          systems: ['form'], records: [manual('patient', 'form'), manual('screening', 'form')],
          notes: 'Allergies, metformin, renal history; the patient signs the form, which is scanned into the record a week later.',
        },
        {
          key: 'waitcreat', kind: 'wait', label: 'Wait for creatinine result', role: 'nurse', wait: 90, value: 'waste',
          notes: 'About a third of outpatients have no recent eGFR: blood goes to the central lab and the scan waits.',
        },
        { key: 'iv', kind: 'task', label: 'Place IV and prepare patient', role: 'nurse', touch: 10, value: 'necessary' },
        {
          key: 'enter', kind: 'task', label: 'Enter patient and accession at scanner', role: 'tech', touch: 4, value: 'waste',
          systems: ['console'], records: [manual('accession', 'console'), manual('patient', 'console')],
          notes: 'No modality worklist: name, date of birth and accession number are typed from the printed requisition. A typo sends the study to PACS as an orphan.',
        },
        {
          key: 'scan', kind: 'subprocess', label: 'Scan patient', role: 'tech', touch: 12, value: 'value-add',
          systems: ['console'], records: [automatic('dose', 'console')],
          notes: 'Its own map: position, scout, contrast injection, scan, reconstructions. The dose report leaves the scanner by itself.',
        },
        { key: 'qa', kind: 'task', label: 'Check images and send to PACS', role: 'tech', touch: 5, value: 'necessary', systems: ['pacs'] },
        { key: 'matched', kind: 'decision', label: 'Study matched to order in PACS?', role: 'pacs', touch: 1, value: 'waste', systems: ['pacs'] },
        {
          key: 'orphan', kind: 'subprocess', label: 'Reconcile orphan study', role: 'pacs', touch: 10, wait: 60, value: 'waste',
          systems: ['ris', 'pacs'], records: [manual('accession', 'pacs'), manual('patient', 'pacs')],
          notes: 'Its own map: find the order in RIS, correct the DICOM header, merge, tell the radiologist. Until then the study is invisible on the reading worklist.',
        },
        {
          key: 'read', kind: 'task', label: 'Read study and dictate report', role: 'rad', touch: 15, wait: 60, value: 'value-add',
          systems: ['ehr', 'ris'], records: [automatic('report', 'ehr'), manual('report', 'ris')],
        },
        { key: 'critical', kind: 'decision', label: 'Critical finding?', role: 'rad', touch: 1, value: 'necessary' },
        {
          key: 'phone', kind: 'task', label: 'Phone critical result to physician', role: 'rad', touch: 10, wait: 15, value: 'necessary',
          systems: ['ris', 'critlog'], records: [manual('critical', 'ris'), manual('critical', 'critlog')],
          notes: 'Who was called and when goes into the report and into the paper log the quality team audits.',
        },
        { key: 'ack', kind: 'task', label: 'Acknowledge critical result and act', role: 'phys', touch: 5, value: 'value-add' },
        { key: 'reported', kind: 'end', label: 'Report available to physician', role: 'phys' },
      ],
      flows: [
        { from: 'indicated', to: 'order' },
        { from: 'order', to: 'sufficient' },
        { from: 'sufficient', to: 'protocol', label: 'Yes' },
        { from: 'sufficient', to: 'order', label: 'No: call physician to clarify' },
        { from: 'protocol', to: 'schedule' },
        { from: 'schedule', to: 'screen' },
        { from: 'screen', to: 'waitcreat' },
        { from: 'waitcreat', to: 'iv' },
        { from: 'iv', to: 'enter' },
        { from: 'enter', to: 'scan' },
        { from: 'scan', to: 'qa' },
        { from: 'qa', to: 'matched' },
        { from: 'matched', to: 'read', label: 'Yes' },
        { from: 'matched', to: 'orphan', label: 'No' },
        { from: 'orphan', to: 'read' },
        { from: 'read', to: 'critical' },
        { from: 'critical', to: 'phone', label: 'Yes' },
        { from: 'critical', to: 'reported', label: 'No' },
        { from: 'phone', to: 'ack' },
        { from: 'ack', to: 'reported' },
      ],
    },
    {
      phase: 'transition',
      name: 'Transition state: decision-support portal and e-questionnaire',
      change: {
        order: {
          touch: 5, records: [manual('order', 'ehr'), manual('indication', 'ehr'), manual('dsn', 'ehr')],
          notes: 'Until decision support is inside order entry, the decision-support number is copied from the portal into the order.',
        },
        screen: {
          touch: 14, systems: ['ehr', 'form'],
          records: [manual('patient', 'form'), manual('screening', 'ehr'), manual('screening', 'form')],
          notes: 'The electronic questionnaire is live, but the signed paper form is still the consent, so the nurse fills both.',
        },
      },
      add: [
        {
          key: 'cdsportal', kind: 'task', label: 'Query decision-support portal', role: 'clinic', touch: 5, value: 'necessary',
          systems: ['cds'], records: [manual('indication', 'cds'), automatic('dsn', 'cds')],
          notes: 'Delegated to clinic nurses at go-live: the portal is a separate login, and physicians would not use it between patients.',
        },
      ],
      dropFlows: [['indicated', 'order']],
      addFlows: [
        { from: 'indicated', to: 'cdsportal' },
        { from: 'cdsportal', to: 'order' },
      ],
    },
    {
      phase: 'future',
      name: 'Future state: worklist and integrated decision support',
      remove: ['cdsportal', 'matched', 'orphan'],
      change: {
        order: {
          label: 'Enter CT order with decision support', systems: ['ehr'],
          records: [manual('order', 'ehr'), manual('indication', 'ehr'), automatic('dsn', 'ehr')],
          notes: 'Decision support runs inside order entry: the structured indication the physician picks is what gets scored and what the radiologist protocols from.',
        },
        sufficient: {
          wait: 60,
          notes: 'Structured indications: the protocoling worklist is cleared every hour, and clarification calls are rare.',
        },
        protocol: {
          label: 'Approve suggested protocol', touch: 1,
          notes: 'RIS suggests the protocol from the structured indication; the radiologist confirms or edits it.',
        },
        waitcreat: {
          wait: 10,
          notes: 'Point-of-care creatinine in the CT suite: ten minutes instead of a trip to the central lab.',
        },
        iv: {
          role: 'tech',
          notes: 'CT technologists place the IVs now, so one CT nurse covers screening and point-of-care testing for two scanners.',
        },
        enter: {
          label: 'Select patient from modality worklist', touch: 1, value: 'necessary', systems: ['ris', 'console'],
          records: [automatic('accession', 'console'), automatic('patient', 'console')],
          notes: 'DICOM modality worklist from RIS: patient and accession number arrive at the console, nobody types them.',
        },
        phone: {
          label: 'Send critical result alert in EHR', touch: 2, wait: 5, systems: ['ehr'], records: [automatic('critical', 'ehr')],
          notes: 'Closed-loop alert: the EHR records who was notified and when, and escalates by phone if nobody acknowledges within 15 minutes.',
        },
      },
      add: [
        {
          key: 'poccreat', kind: 'task', label: 'Point-of-care creatinine test', role: 'nurse', touch: 5, value: 'necessary',
          systems: ['ehr'], records: [automatic('egfr', 'ehr')],
        },
      ],
      dropFlows: [['screen', 'waitcreat']],
      addFlows: [
        { from: 'indicated', to: 'order' },
        { from: 'screen', to: 'poccreat' },
        { from: 'poccreat', to: 'waitcreat' },
        { from: 'qa', to: 'read' },
      ],
    },
  ],
  // Pain points from the radiology workflow walk-through, and the lead radiologist's sign-off.
  review: {
    comments: [
      {
        key: 'demographics', state: 'current', step: 'enter', role: 'tech', author: 'Leah Brandt (CT technologist)', at: '2026-06-03T09:10:00.000Z',
        pain: { type: 'duplicate-entry', severity: 'high' },
        text: 'We type name, birth date and accession number again at the scanner; one typo and PACS gets an orphan study.',
      },
      {
        key: 'creatinine', state: 'current', step: 'waitcreat', role: 'nurse', author: 'Omar Said (CT nurse)', at: '2026-06-03T09:18:00.000Z',
        pain: { type: 'waiting', severity: 'high' },
        text: 'Outpatients wait up to two hours for a creatinine result before we may give contrast.',
      },
      {
        key: 'callback', state: 'current', step: 'phone', role: 'rad', author: 'Dr. Ines Kowalski (radiologist)', at: '2026-06-03T09:25:00.000Z',
        pain: { type: 'safety-risk', severity: 'high' },
        text: 'Critical findings are phoned; at night the callback is often missed and nobody knows whether the result arrived.',
      },
    ],
    signOffs: [
      { state: 'future', role: 'rad', by: 'Dr. Ines Kowalski (radiologist)', at: '2026-06-10T16:00:00.000Z', comment: 'Protocol suggestions and the EHR alert are what we asked for.' },
    ],
  },
}
