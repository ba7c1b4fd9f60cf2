export { burndownReport } from './burndown-report.js';
export { dailyReport } from './daily-report.js';
export { statusReport } from './status-report.js';
export type { BlockedItem, BurndownReportMeta, DailyReportData, MilestoneHistory, MilestoneProgress, StatusReportMeta, WeeklyReportData } from './types.js';
export { weeklyReport } from './weekly-report.js';
