export { duration, MSPDI_NAMESPACE, planToMspdi, type MspdiOptions } from './plan'
export { escapeText } from './xml'
