/** The team's roll-up: one row per postmortem and the numbers across them, from linted documents. */
export { rollUp, rollUpRows, newestFirst, type Rollup, type MonthCount, type TimeToSummary } from './rollup';
export { postmortemRow, type PostmortemRow, type OpenActionItem, type RollupSource } from './row';
export { openActionItemsByOwner, isOverdue, NO_OWNER, type OwnerItems, type OwnedActionItem } from './actionItems';
export { summarize, type Summary } from './summary';
export { trend, TREND_MONTHS, type Trend, type TrendDirection } from './trend';
export { documentSeverity, severityOrder, UNKNOWN_SEVERITY } from './severity';
export { findCalendarDate } from './calendarDate';
export { reportView, severityTone, REPORT_MONTHS, type ReportView, type ReportMonth, type ReportTimeTo, type ReportItem, type ReportRow, type SeverityTone } from './report';
