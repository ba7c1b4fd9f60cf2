import type { Forecast } from '../model.js';
import { forecast, type ForecastInput } from '../series/index.js';
import { HistoryCache } from './store.js';

/** Forecasts computed by an earlier run, by their exact inputs: 10,000 trials each are not free. */
export interface ForecastMemo {
  forecast(input: ForecastInput): Forecast;
  /** Writes what this run used (and only that) for the next run. */
  save(): Promise<void>;
}

const KEY = 'forecasts';

/**
 * A forecast is a pure function of its inputs (remaining, weekly sample, start day, seed,
 * trials): a run where a document did not change, on the same day, gives it the same
 * forecast, so it is read back instead of simulated again.
 */
export async function openForecastMemo(root: string | null): Promise<ForecastMemo> {
  const cache = root === null ? null : new HistoryCache(root, 'forecasts');
  const known = new Map<string, Forecast>((await cache?.loadValue<[string, Forecast][]>(KEY)) ?? []);
  const used = new Map<string, Forecast>();
  let computed = 0;
  return {
    forecast(input) {
      const key = JSON.stringify([input.remaining, input.weekly, input.from, input.seed, input.trials ?? null, input.minWeeks ?? null, input.maxWeeks ?? null]);
      let result = known.get(key);
      if (result === undefined) {
        result = forecast(input);
        computed++;
      }
      used.set(key, result);
      return result;
    },
    async save() {
      if (cache !== null && (computed > 0 || used.size !== known.size)) await cache.saveValue(KEY, [...used]);
    },
  };
}
