/** One measured figure, printed as `name: value unit`. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
}

/** The value at quantile q (0..1) of the samples, nearest-rank, so p99 of 100 samples is the 99th. */
export function percentile(samples: number[], q: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

/** Three significant digits (at least two decimals below 10): enough to compare runs, no false precision. */
function rounded(value: number): string {
  if (!Number.isFinite(value) || Number.isInteger(value)) return String(value);
  if (Math.abs(value) >= 1000) return value.toFixed(0);
  if (Math.abs(value) >= 100) return value.toFixed(1);
  return value.toFixed(2);
}

/** Collects the run's figures in the order they were taken. */
export class Figures {
  private readonly figures: Figure[] = [];

  add(name: string, value: number, unit: string): number {
    this.figures.push({ name, value, unit });
    return value;
  }

  get(name: string): number | undefined {
    return this.figures.find((figure) => figure.name === name)?.value;
  }

  /** The final block: one `name: value unit` line per figure. */
  lines(): string[] {
    return this.figures.map(({ name, value, unit }) => `${name}: ${rounded(value)} ${unit}`);
  }
}
