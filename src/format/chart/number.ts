/** `10,000`: an integer with thousands separated by commas, the same on every machine. */
export function groupThousands(value: number): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

const UNITS = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
] as const;

/** A tick value short enough for an axis: `0`, `2.5`, `1,500`, `25k`, `1.2M`, `3.0e-7`. */
export function tickText(value: number, decimals: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 10_000) {
    for (const [size, unit] of UNITS) {
      if (magnitude < size) continue;
      const scaled = value / size;
      if (Math.abs(scaled) >= 1000) return value.toExponential(1);
      return `${Number(scaled.toFixed(Math.abs(scaled) < 100 ? 1 : 0))}${unit}`;
    }
  }
  if (magnitude !== 0 && magnitude < 1e-4) return value.toExponential(1);
  return groupThousands(Number(value.toFixed(Math.min(20, decimals))));
}
