import { readFileSync } from 'node:fs';
import os from 'node:os';

/**
 * System-wide CPU use from /proc/stat (Linux; elsewhere it reads as unknown). Other processes
 * on the machine (a parallel test run, a build) make every figure noisier, so the bench waits
 * briefly for a lull and reports how busy the machine was.
 */

interface CpuTimes {
  busy: number;
  total: number;
}

export function readCpuTimes(): CpuTimes | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + (fields[4] ?? 0);
    const total = fields.reduce((sum, value) => sum + value, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** Share of all cores busy between two readings, 0–1. */
export function busyShare(from: CpuTimes | null, to: CpuTimes | null): number | null {
  if (!from || !to || to.total === from.total) return null;
  return (to.busy - from.busy) / (to.total - from.total);
}

export class MachineLoad {
  private readonly start = readCpuTimes();
  private readonly loadStart = os.loadavg()[0];

  summary(): { busyShare: number | null; loadAverageStart: number; loadAverageEnd: number; cpus: number } {
    return {
      busyShare: busyShare(this.start, readCpuTimes()),
      loadAverageStart: this.loadStart,
      loadAverageEnd: os.loadavg()[0],
      cpus: os.cpus().length,
    };
  }
}
