// Element order of the Microsoft Project XML schema (mspdi_pj12.xsd, xsd:sequence), for the parts
// flowstate writes. Copied by name from the published schema reference so the test can check order.

export const PROJECT_SEQUENCE = [
  'SaveVersion', 'UID', 'Name', 'Title', 'Subject', 'Category', 'Company', 'Manager', 'Author', 'CreationDate',
  'Revision', 'LastSaved', 'ScheduleFromStart', 'StartDate', 'FinishDate', 'FYStartDate', 'CriticalSlackLimit',
  'CurrencyDigits', 'CurrencySymbol', 'CurrencyCode', 'CurrencySymbolPosition', 'CalendarUID', 'DefaultStartTime',
  'DefaultFinishTime', 'MinutesPerDay', 'MinutesPerWeek', 'DaysPerMonth', 'DefaultTaskType', 'DefaultFixedCostAccrual',
  'DefaultStandardRate', 'DefaultOvertimeRate', 'DurationFormat', 'WorkFormat', 'EditableActualCosts', 'HonorConstraints',
  'EarnedValueMethod', 'InsertedProjectsLikeSummary', 'MultipleCriticalPaths', 'NewTasksEffortDriven', 'NewTasksEstimated',
  'SplitsInProgressTasks', 'SpreadActualCost', 'SpreadPercentComplete', 'TaskUpdatesResource', 'FiscalYearStart',
  'WeekStartDay', 'MoveCompletedEndsBack', 'MoveRemainingStartsBack', 'MoveRemainingStartsForward',
  'MoveCompletedEndsForward', 'BaselineForEarnedValue', 'AutoAddNewResourcesAndTasks', 'StatusDate', 'CurrentDate',
  'MicrosoftProjectServerURL', 'Autolink', 'NewTaskStartDate', 'DefaultTaskEVMethod', 'ProjectExternallyEdited',
  'ExtendedCreationDate', 'ActualsInSync', 'RemoveFileProperties', 'AdminProject', 'OutlineCodes', 'WBSMasks',
  'ExtendedAttributes', 'Calendars', 'Tasks', 'Resources', 'Assignments',
]

export const TASK_SEQUENCE = [
  'UID', 'ID', 'Name', 'Type', 'IsNull', 'CreateDate', 'Contact', 'WBS', 'WBSLevel', 'OutlineNumber', 'OutlineLevel',
  'Priority', 'Start', 'Finish', 'Duration', 'DurationFormat', 'Work', 'Stop', 'Resume', 'ResumeValid', 'EffortDriven',
  'Recurring', 'OverAllocated', 'Estimated', 'Milestone', 'Summary', 'Critical', 'IsSubproject', 'IsSubprojectReadOnly',
  'SubprojectName', 'ExternalTask', 'ExternalTaskProject', 'EarlyStart', 'EarlyFinish', 'LateStart', 'LateFinish',
  'StartVariance', 'FinishVariance', 'WorkVariance', 'FreeSlack', 'TotalSlack', 'FixedCost', 'FixedCostAccrual',
  'PercentComplete', 'PercentWorkComplete', 'Cost', 'OvertimeCost', 'OvertimeWork', 'ActualStart', 'ActualFinish',
  'ActualDuration', 'ActualCost', 'ActualOvertimeCost', 'ActualWork', 'ActualOvertimeWork', 'RegularWork',
  'RemainingDuration', 'RemainingCost', 'RemainingWork', 'RemainingOvertimeCost', 'RemainingOvertimeWork', 'ACWP', 'CV',
  'ConstraintType', 'CalendarUID', 'ConstraintDate', 'Deadline', 'LevelAssignments', 'LevelingCanSplit', 'LevelingDelay',
  'LevelingDelayFormat', 'PreLeveledStart', 'PreLeveledFinish', 'Hyperlink', 'HyperlinkAddress', 'HyperlinkSubAddress',
  'IgnoreResourceCalendar', 'Notes', 'HideBar', 'Rollup', 'BCWS', 'BCWP', 'PhysicalPercentComplete', 'EarnedValueMethod',
  'PredecessorLink', 'ActualWorkProtected', 'ActualOvertimeWorkProtected', 'ExtendedAttribute', 'Baseline', 'OutlineCode',
]

export const PREDECESSOR_LINK_SEQUENCE = ['PredecessorUID', 'Type', 'CrossProject', 'CrossProjectName', 'LinkLag', 'LagFormat']
export const CALENDAR_SEQUENCE = ['UID', 'Name', 'IsBaseCalendar', 'BaseCalendarUID', 'WeekDays', 'Exceptions', 'WorkWeeks']
export const WEEKDAY_SEQUENCE = ['DayType', 'DayWorking', 'TimePeriod', 'WorkingTimes']
export const EXTENDED_ATTRIBUTE_DEFINITION_SEQUENCE = ['FieldID', 'FieldName', 'CFType', 'Guid', 'ElemType', 'MaxMultiValues', 'UserDef', 'Alias']
/** Elements that may repeat (maxOccurs="unbounded"). */
export const REPEATABLE = new Set(['PredecessorLink', 'ExtendedAttribute', 'Baseline', 'OutlineCode', 'Task', 'Calendar', 'WeekDay', 'WorkingTime'])

/** Throws when children are out of the sequence, unknown to it, or repeated where they may not be. */
export function checkOrder(children: readonly string[], sequence: readonly string[], where: string): void {
  let last = -1
  let lastName = ''
  for (const name of children) {
    const at = sequence.indexOf(name)
    if (at === -1) throw new Error(`${where}: <${name}> is not in the schema sequence`)
    if (at < last || (at === last && !REPEATABLE.has(name))) throw new Error(`${where}: <${name}> comes after <${lastName}>`)
    last = at
    lastName = name
  }
}
