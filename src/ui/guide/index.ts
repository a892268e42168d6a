export { FirstRunGuide, GuideReopenButton, GUIDE_EXAMPLE_ID } from './FirstRunGuide'
export { GuideButton } from './GuideButton'
