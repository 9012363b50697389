import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Collects the measurements of one `npm run bench`, prints them as a table and saves them as JSON. */

export interface Samples {
  values: number[];
  median: number;
  min: number;
  max: number;
}

export function summarize(values: readonly number[]): Samples {
  if (values.length === 0) throw new Error('no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { values: [...values], median, min: sorted[0], max: sorted[sorted.length - 1] };
}

export type Verdict = 'PASS' | 'MISS' | 'info';

export type Unit = 'ms' | 'MiB' | 'KiB' | 'count';

export interface ResultRow {
  benchmark: string;
  size: number;
  unit: Unit;
  measured: Samples;
  baseline?: Samples;
  /** measured / baseline medians. */
  ratio?: number;
  /** The ratio must not exceed it. */
  target?: number;
  /** An absolute budget, in the row's unit: the measured median must not exceed it. */
  limit?: number;
  verdict: Verdict;
}

export interface RowInput {
  benchmark: string;
  size: number;
  unit: Unit;
  measured: readonly number[];
  baseline?: readonly number[];
  target?: number;
  limit?: number;
}

const formatSize = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const formatValue = (value: number, unit: Unit) =>
  unit === 'count' ? String(Math.round(value * 10) / 10) : `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`;
const formatRange = (s: Samples) =>
  s.values.length > 1 ? `${s.min.toFixed(s.min >= 100 ? 0 : 1)}–${s.max.toFixed(s.max >= 100 ? 0 : 1)} ×${s.values.length}` : '×1';

function targetText(row: ResultRow): string {
  const parts: string[] = [];
  if (row.target !== undefined) parts.push(`≤ ${row.target.toFixed(2)}×`);
  if (row.limit !== undefined) parts.push(`≤ ${formatValue(row.limit, row.unit)}`);
  return parts.length > 0 ? parts.join(', ') : '—';
}

export class BenchReport {
  readonly rows: ResultRow[] = [];
  readonly details: Record<string, unknown> = {};
  private readonly startedAt = new Date();

  constructor(private readonly environment: Record<string, unknown>, private readonly config: Record<string, unknown>) {}

  add(input: RowInput): ResultRow {
    const measured = summarize(input.measured);
    const baseline = input.baseline ? summarize(input.baseline) : undefined;
    const ratio = baseline && baseline.median !== 0 ? measured.median / baseline.median : undefined;
    const checks: boolean[] = [];
    if (input.target !== undefined && ratio !== undefined) checks.push(ratio <= input.target);
    if (input.limit !== undefined) checks.push(measured.median <= input.limit);
    const verdict: Verdict = checks.length === 0 ? 'info' : checks.every(Boolean) ? 'PASS' : 'MISS';
    const row: ResultRow = {
      benchmark: input.benchmark,
      size: input.size,
      unit: input.unit,
      measured,
      baseline,
      ratio,
      target: input.target,
      limit: input.limit,
      verdict,
    };
    this.rows.push(row);
    return row;
  }

  table(): string {
    const header = ['Benchmark (measured / baseline)', 'Size', 'Measured', 'Range', 'Baseline', 'Range', 'Ratio', 'Target', 'Result'];
    const lines = this.rows.map((row) => [
      row.benchmark,
      formatSize(row.size),
      formatValue(row.measured.median, row.unit),
      formatRange(row.measured),
      row.baseline ? formatValue(row.baseline.median, row.unit) : '—',
      row.baseline ? formatRange(row.baseline) : '',
      row.ratio === undefined ? '—' : `${row.ratio.toFixed(2)}×`,
      targetText(row),
      row.verdict,
    ]);
    const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
    const render = (cells: string[]) =>
      cells.map((cell, i) => (i === 1 || (i >= 2 && i !== 3 && i !== 5 && i !== 8) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
    const rule = widths.map((width) => '─'.repeat(width)).join('  ');
    return [render(header), rule, ...lines.map(render)].join('\n');
  }

  /** Writes results/<timestamp>.json next to this file and returns its path. */
  write(folder: string): string {
    const finishedAt = new Date();
    const file = path.join(folder, `${this.startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
    mkdirSync(folder, { recursive: true });
    const json = {
      startedAt: this.startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - this.startedAt.getTime(),
      environment: this.environment,
      config: this.config,
      results: this.rows,
      details: this.details,
    };
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    return file;
  }
}
