// Sterile processing, from the end of a case to the next case cart: paper logs (current), an
// instrument tracking system running beside the paper logs (transition), and scanners with
// sterilizer and BI-reader interfaces (future).
import { automatic, manual } from './lib.mjs'

export const file = 'sterile-processing.flowstate.json'

export const spec = {
  prefix: 'sp',
  name: 'Sterile processing: decontamination to the OR',
  description:
    'How a used instrument tray travels from the end of a surgical case back to the next case cart: point-of-use ' +
    'pre-cleaning, decontamination, washer-disinfector, inspection and assembly, steam sterilization with chemical and ' +
    'biological indicators, release, storage and case-cart picking. Current: every tray ID, load and BI result is ' +
    'written by hand in paper logs and copied again. Transition: the instrument tracking system goes live while the ' +
    'paper load log stays the legal record, so the same data is written twice and a super user reconciles both. ' +
    'Future: barcoded trays, scanners at every station, sterilizer and BI-reader interfaces, and dedicated soiled and ' +
    'clean lifts that take the courier off the path. Scans count as automatic records: the barcode carries the data, ' +
    'nobody types it.',
  createdAt: '2026-05-12T09:00:00.000Z',
  roles: [
    { key: 'or', name: 'OR nurse', color: '#4e79a7' },
    { key: 'courier', name: 'Courier', color: '#f28e2b' },
    { key: 'decon', name: 'SPD decontamination technician', color: '#59a14f' },
    { key: 'prep', name: 'SPD prep and pack technician', color: '#b07aa1' },
    { key: 'superuser', name: 'Tracking system super user', color: '#edc948' },
    { key: 'supervisor', name: 'SPD supervisor', color: '#e15759' },
    { key: 'storage', name: 'SPD sterile storage technician', color: '#76b7b2' },
  ],
  systems: [
    { key: 'countsheet', name: 'Paper count sheet' },
    { key: 'loadlog', name: 'Paper load log' },
    { key: 'qasheet', name: 'Sterilizer QA spreadsheet' },
    { key: 'tracking', name: 'Instrument tracking system' },
    { key: 'sterilizer', name: 'Sterilizer controller' },
    { key: 'bireader', name: 'BI auto-reader' },
    { key: 'ehr', name: 'EHR intraoperative record' },
  ],
  dataItems: [
    { key: 'tray', name: 'Tray ID' },
    { key: 'count', name: 'Instrument count' },
    { key: 'load', name: 'Load contents' },
    { key: 'cycle', name: 'Sterilizer cycle parameters' },
    { key: 'ci', name: 'Chemical indicator result' },
    { key: 'bi', name: 'Biological indicator result' },
    { key: 'release', name: 'Load release' },
    { key: 'traycase', name: 'Tray-to-patient link' },
  ],
  states: [
    {
      phase: 'current',
      name: 'Current state: paper logs',
      steps: [
        { key: 'caseend', kind: 'start', label: 'Surgical case ends', role: 'or' },
        {
          key: 'preclean', kind: 'task', label: 'Point-of-use pre-cleaning', role: 'or', touch: 5, value: 'necessary',
          notes: 'Wipe gross soil, open hinges, enzymatic foam in the closed cart. Blood that dries on before decontamination is the main reason trays fail inspection.',
        },
        {
          key: 'waitcourier', kind: 'wait', label: 'Wait for courier pickup', role: 'courier', wait: 25, value: 'waste',
          notes: 'One courier covers twelve theatres; soiled carts stand in the corridor until the next round.',
        },
        { key: 'transport', kind: 'task', label: 'Transport soiled cart to decontamination', role: 'courier', touch: 10, value: 'necessary' },
        { key: 'clean', kind: 'task', label: 'Sort, manually clean and load washer', role: 'decon', touch: 15, value: 'value-add' },
        { key: 'washer', kind: 'wait', label: 'Washer-disinfector cycle', role: 'decon', wait: 60, value: 'necessary' },
        {
          key: 'inspect', kind: 'subprocess', label: 'Inspect and assemble tray', role: 'prep', touch: 20, value: 'value-add',
          systems: ['countsheet'], records: [manual('tray', 'countsheet'), manual('count', 'countsheet')],
          notes: 'Its own map: magnified inspection of hinges and lumens, function test, count against the paper count sheet that travels inside the tray, wrap.',
        },
        { key: 'cleanok', kind: 'decision', label: 'Clean and functional?', role: 'prep', touch: 1, value: 'necessary' },
        {
          key: 'loadster', kind: 'task', label: 'Load sterilizer and write load log', role: 'prep', touch: 8, value: 'necessary',
          systems: ['loadlog'], records: [manual('tray', 'loadlog'), manual('load', 'loadlog')],
        },
        { key: 'cycle', kind: 'wait', label: 'Sterilization cycle', role: 'prep', wait: 60, value: 'necessary' },
        {
          key: 'printout', kind: 'task', label: 'Check cycle printout and chemical indicators', role: 'prep', touch: 4, value: 'necessary',
          systems: ['loadlog'], records: [manual('cycle', 'loadlog'), manual('ci', 'loadlog')],
        },
        {
          key: 'readbi', kind: 'task', label: 'Read biological indicator', role: 'prep', touch: 3, wait: 180, value: 'necessary',
          systems: ['loadlog'], records: [manual('bi', 'loadlog')],
          notes: 'Implant loads wait for the BI. The old incubator reads at three hours.',
        },
        {
          key: 'release', kind: 'task', label: 'Review load log and sign release', role: 'supervisor', touch: 10, wait: 45, value: 'necessary',
          systems: ['loadlog', 'qasheet'], records: [manual('release', 'loadlog'), manual('bi', 'qasheet')],
          notes: 'The signature in the binder is the release for implant loads. The BI result is copied into the QA spreadsheet for the monthly sterilizer report.',
        },
        { key: 'shelve', kind: 'task', label: 'Shelve trays in sterile storage', role: 'storage', touch: 5, value: 'necessary' },
        {
          key: 'pick', kind: 'task', label: 'Pick case cart from pick list', role: 'storage', touch: 15, value: 'necessary',
          notes: 'Pick list printed from the OR schedule the evening before.',
        },
        { key: 'deliver', kind: 'task', label: 'Deliver case cart to OR', role: 'courier', touch: 10, wait: 20, value: 'necessary' },
        {
          key: 'checkcart', kind: 'task', label: 'Check cart and record trays in case record', role: 'or', touch: 5, value: 'necessary',
          systems: ['ehr'], records: [manual('tray', 'ehr'), manual('traycase', 'ehr')],
          notes: 'Which tray was used on which patient: the only way to trace a recall back to patients.',
        },
        { key: 'ready', kind: 'end', label: 'Trays ready for next case', role: 'or' },
      ],
      flows: [
        { from: 'caseend', to: 'preclean' },
        { from: 'preclean', to: 'waitcourier' },
        { from: 'waitcourier', to: 'transport' },
        { from: 'transport', to: 'clean' },
        { from: 'clean', to: 'washer' },
        { from: 'washer', to: 'inspect' },
        { from: 'inspect', to: 'cleanok' },
        { from: 'cleanok', to: 'loadster', label: 'Yes' },
        { from: 'cleanok', to: 'clean', label: 'No: re-clean' },
        { from: 'loadster', to: 'cycle' },
        { from: 'cycle', to: 'printout' },
        { from: 'printout', to: 'readbi' },
        { from: 'readbi', to: 'release' },
        { from: 'release', to: 'shelve' },
        { from: 'shelve', to: 'pick' },
        { from: 'pick', to: 'deliver' },
        { from: 'deliver', to: 'checkcart' },
        { from: 'checkcart', to: 'ready' },
      ],
    },
    {
      phase: 'transition',
      name: 'Transition state: tracking system beside the paper logs',
      change: {
        inspect: {
          touch: 24, systems: ['countsheet', 'tracking'],
          records: [manual('tray', 'countsheet'), manual('tray', 'tracking'), manual('count', 'countsheet'), manual('count', 'tracking')],
          notes: 'The count sheet is on screen now, but the paper one still goes into the tray until the system is validated: every count is ticked twice.',
        },
        loadster: {
          touch: 12, systems: ['loadlog', 'tracking'],
          records: [manual('tray', 'loadlog'), manual('tray', 'tracking'), manual('load', 'loadlog'), manual('load', 'tracking')],
        },
        readbi: { touch: 4, systems: ['loadlog', 'tracking'], records: [manual('bi', 'loadlog'), manual('bi', 'tracking')] },
        release: {
          systems: ['loadlog', 'tracking'], records: [manual('release', 'loadlog'), manual('release', 'tracking')],
          notes: 'Signs the binder and releases the load in the system. The QA spreadsheet is gone: the monthly report comes from the tracking system.',
        },
      },
      add: [
        {
          key: 'keyin', kind: 'task', label: 'Key tray ID into tracking system at receipt', role: 'decon', touch: 4, value: 'waste',
          systems: ['tracking'], records: [manual('tray', 'tracking')],
          notes: 'Added at go-live. Not every tray has its barcode yet, so the ID is typed from the tray tag.',
        },
        {
          key: 'reconcile', kind: 'task', label: 'Compare paper log with tracking system', role: 'superuser', touch: 15, value: 'waste',
          systems: ['loadlog', 'tracking'],
          notes: 'Workaround while both records run: they disagree on about one load a day, and the release waits until they match.',
        },
      ],
      dropFlows: [['transport', 'clean'], ['readbi', 'release']],
      addFlows: [
        { from: 'transport', to: 'keyin' },
        { from: 'keyin', to: 'clean' },
        { from: 'readbi', to: 'reconcile' },
        { from: 'reconcile', to: 'release' },
      ],
    },
    {
      phase: 'future',
      name: 'Future state: scanners and sterilizer interface',
      remove: ['waitcourier', 'reconcile'],
      change: {
        transport: {
          label: 'Send soiled cart down the dirty lift', role: 'or', touch: 2,
          notes: 'Dedicated soiled and clean lifts between the OR floor and SPD replace the courier rounds.',
        },
        keyin: {
          label: 'Scan tray at decontamination receipt', touch: 1, value: 'necessary', records: [automatic('tray', 'tracking')], notes: null,
        },
        clean: {
          systems: ['tracking'],
          notes: "The receipt scan opens the tray's cleaning instructions (IFU) on the screen at the sink.",
        },
        inspect: {
          touch: 18, systems: ['tracking'], records: [automatic('tray', 'tracking'), manual('count', 'tracking')],
          notes: 'Count sheet with instrument photos on screen; the paper count sheet is retired.',
        },
        loadster: {
          label: 'Scan trays into sterilizer load', touch: 4, systems: ['tracking', 'sterilizer'],
          records: [automatic('tray', 'tracking'), automatic('load', 'tracking')],
        },
        printout: {
          label: 'Confirm cycle record and chemical indicators', touch: 3, systems: ['tracking', 'sterilizer'],
          records: [automatic('cycle', 'tracking'), manual('ci', 'tracking')],
          notes: 'Cycle parameters arrive from the sterilizer interface; the technician only confirms the indicator.',
        },
        readbi: {
          touch: 2, wait: 30, systems: ['tracking', 'bireader'], records: [automatic('bi', 'tracking')],
          notes: 'Rapid-readout incubator: result in under 30 minutes, sent to the tracking system by its interface.',
        },
        release: {
          label: 'Release load by scan', role: 'prep', touch: 1, wait: 0, systems: ['tracking'], records: [manual('release', 'tracking')],
          notes: 'The system blocks release until the cycle record and the BI pass, so the technician releases with a scan; the supervisor reviews exceptions only.',
        },
        shelve: { touch: 4, systems: ['tracking'], records: [automatic('tray', 'tracking')] },
        pick: {
          touch: 12, systems: ['tracking'], records: [automatic('traycase', 'tracking')],
          notes: 'Electronic pick list from the preference cards; each tray is scanned to the case.',
        },
        deliver: { label: 'Send case cart up the clean lift', role: 'storage', touch: 2, wait: 5 },
        checkcart: {
          notes: 'The tracking-to-EHR interface is phase 2: until then the nurse still types the tray IDs into the intraoperative record.',
        },
      },
      addFlows: [{ from: 'preclean', to: 'transport' }, { from: 'readbi', to: 'release' }],
    },
  ],
  // What the frontline raised on today's map at the validation workshop, and the decontamination
  // lead's sign-off of the future state.
  review: {
    comments: [
      {
        key: 'loadlog', state: 'current', step: 'loadster', role: 'prep', author: 'Amira Haddad (prep and pack)', at: '2026-05-19T10:05:00.000Z',
        pain: { type: 'duplicate-entry', severity: 'high' },
        text: 'Load contents go into the paper load log, then again into the QA spreadsheet at the end of the shift.',
      },
      {
        key: 'washerqueue', state: 'current', step: 'washer', role: 'decon', author: 'Marcus Lee (decontamination lead)', at: '2026-05-19T10:12:00.000Z',
        pain: { type: 'waiting', severity: 'medium' },
        text: 'At shift change the washer queue backs up and trays wait wet for half an hour.',
      },
      {
        key: 'cartcount', state: 'current', step: 'checkcart', role: 'or', author: 'Joan Okafor (OR charge nurse)', at: '2026-05-19T10:20:00.000Z',
        pain: { type: 'missing-information', severity: 'high' },
        text: 'The cart arrives without a tray list; we re-count trays against the pick list by hand and type the IDs into the case record.',
        replies: [{ author: 'Priya Shah (SPD manager)', at: '2026-05-19T11:00:00.000Z', text: 'The tracking-to-EHR interface is phase 2; until then the list stays manual.' }],
      },
      {
        key: 'courierwait', state: 'current', step: 'waitcourier', role: 'courier', author: 'Dev Patel (courier)', at: '2026-05-19T10:25:00.000Z',
        pain: { type: 'waiting', severity: 'high' },
        text: 'Soiled carts wait up to 40 minutes for the next round; soil dries on and trays fail inspection.',
      },
      {
        key: 'walk', state: 'current', step: 'transport', role: 'courier', author: 'Dev Patel (courier)', at: '2026-05-19T10:27:00.000Z',
        pain: { type: 'extra-work', severity: 'low' },
        text: 'Two trips through the public corridor for every soiled cart.',
        resolved: { by: 'Priya Shah (SPD manager)', at: '2026-05-26T09:00:00.000Z', why: 'The dirty lift takes the cart off the corridor in the future state.' },
      },
    ],
    signOffs: [
      { state: 'future', role: 'decon', by: 'Marcus Lee (decontamination lead)', at: '2026-06-02T14:30:00.000Z', comment: 'Scanning at receipt works for decontamination; keep the manual clean step as it is.' },
    ],
  },
}
