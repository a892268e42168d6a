export { csvField, neutralizeFormula, toCsv, type Cell } from './csv'
export { CSV_PRESETS, planToCsv, type CsvPreset, type PlanCsvOptions } from './plan'
