export { barChart } from './bar-chart.js';
export { burndownChart } from './burndown-chart.js';
export { burnupChart } from './burnup-chart.js';
export { forecastCone, type ForecastConeData } from './forecast-cone.js';
export { lineChart } from './line-chart.js';
export { throughputChart } from './throughput-chart.js';
export type { Bar, BarChartData, ChartCone, ChartOptions, ChartSeries, LineChartData, PaintName } from './types.js';
