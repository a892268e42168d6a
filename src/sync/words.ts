// Fields in the words of the people at the map, for conflict notices: "Your label for 'Scan tray'
// was replaced by …", "Your lane for …", "Your name for 'SPD technician' …".

const STEP_FIELDS: Record<string, string> = {
  label: 'label',
  kind: 'step type',
  roleId: 'lane',
  systemIds: 'systems',
  records: 'records',
  touchMinutes: 'touch time',
  waitMinutes: 'wait time',
  value: 'value class',
  notes: 'notes',
  position: 'position',
}

const FIELDS: Record<string, Record<string, string>> = {
  steps: STEP_FIELDS,
  flows: { label: 'branch label', from: 'connection', to: 'connection' },
  states: { name: 'name', phase: 'phase', basedOn: '“based on” state' },
  roles: { name: 'name', color: 'colour' },
  project: { name: 'project name', description: 'description' },
  matchOverrides: { kind: 'match decision' },
  comments: { text: 'comment', pain: 'pain point type', resolved: 'resolution', roleId: 'role', anchor: 'place' },
}

/** "label", "lane", "name": what a person calls the field they edited. */
export function describeField(collection: string, key: string): string {
  return FIELDS[collection]?.[key] ?? (key === 'name' ? 'name' : 'edit')
}
