export { anchoredStep, commentsOfState, danglingAnchors, Matcher, type StateComments } from './anchors'
export { painPointRecord, painSummary, reviewPainPoints, type PainOutcome, type PainPointRecord, type PainPointReview, type PainStatus } from './painPoints'
export { coveredPart, describeChanges, fingerprintOf, stateSignOffs, type RoleSignOff, type SignOffStatus, type StateSignOffs } from './signOff'
export { outcomeWords, PAIN_TYPE_WORDS, SEVERITY_WORDS } from './words'
