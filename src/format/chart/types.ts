import type { Forecast } from '../../history/model.js';
import type { Colors } from '../colors.js';

/** A colour a chart may paint with: one of the formatter colours. */
export type PaintName = keyof Colors;

/** How big to draw and with what: every chart fills exactly `height` lines of at most `width` columns. */
export interface ChartOptions {
  /** Display columns per line (at least 1 to draw anything). */
  readonly width: number;
  /** Lines of output, legend and axes included. */
  readonly height: number;
  /** Braille and block characters when true; printable ASCII only when false (stdout not a TTY). */
  readonly unicode: boolean;
  /** The formatter colours, or PLAIN for none. */
  readonly colors: Colors;
}

/** One line of a line chart: a value per x-axis label; null (or a missing value) leaves a gap. */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** Defaults to the palette's colour for the series' position. */
  readonly color?: PaintName;
}

/** A forecast drawn as a cone from the last point of one series down to zero. */
export interface ChartCone {
  /** Index in `series` of the line the cone continues (the burndown's `remaining`). */
  readonly series: number;
  readonly forecast: Forecast;
}

/** Series over a shared x-axis. Dates (`YYYY-MM-DD`, ISO date-times, `YYYY-Www`) make a time axis. */
export interface LineChartData {
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Drawn only when the forecast has dates and the labels are dates. */
  readonly cone?: ChartCone;
}

/** One bar: a label under it and a value (negative values are drawn as zero). */
export interface Bar {
  readonly label: string;
  readonly value: number;
}

/** Bars left to right, with a caption line under them. */
export interface BarChartData {
  readonly bars: readonly Bar[];
  /** Parts of the caption, most important first: those that do not fit the width are left out. */
  readonly caption?: readonly string[];
  readonly color?: PaintName;
}
