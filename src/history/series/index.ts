export { forecast, MAX_UNFINISHED_SHARE, type ForecastInput } from './forecast.js';
export { documentSeries, knownSections, seriesAcross, addCounts, PROJECT_PATH, type DocumentSeries } from './series.js';
export { pointOf } from './steps.js';
export { weeklyThroughput, inSection, type ThroughputScope } from './throughput.js';
export { addDays, dayOf, dayRange, instantOf, isoWeek, parseDay, parseWeek, weekRange, weekStart, weeksInYear, type IsoWeek } from './weeks.js';
