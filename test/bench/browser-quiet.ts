import type { Browser, CDPSession } from '@playwright/test';
import { busyShare, readCpuTimes } from './machine-load';

/**
 * Waits until Chromium's processes are idle, so that background work (LevelDB compaction
 * after writing 100k records, GC of a closed page) does not run during a measurement; then,
 * for a few seconds at most, for a lull in the rest of the machine. On 2 cores either kind of
 * background work otherwise shows up as noise of ±50%.
 */

const INTERVAL_MS = 250;
/** Below this share of one core, summed over all processes, an interval counts as quiet. */
const QUIET_SHARE = 0.12;
const QUIET_INTERVALS = 2;
const MAX_WAIT_MS = 20_000;
/** The rest of the machine: below this share of all cores, for at most this long. */
const MACHINE_QUIET_SHARE = 0.5;
const MACHINE_MAX_WAIT_MS = 2_000;

export class BrowserQuiet {
  /** Time spent waiting, for the report. */
  waitedMs = 0;
  timeouts = 0;
  /** Waits that found the machine busy with other work even after MACHINE_MAX_WAIT_MS. */
  busyMachine = 0;

  private constructor(private readonly cdp: CDPSession) {}

  static async attach(browser: Browser): Promise<BrowserQuiet> {
    return new BrowserQuiet(await browser.newBrowserCDPSession());
  }

  private async cpuSeconds(): Promise<number> {
    const { processInfo } = await this.cdp.send('SystemInfo.getProcessInfo');
    return processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
  }

  async wait(): Promise<void> {
    const start = Date.now();
    let quiet = 0;
    let last = await this.cpuSeconds();
    while (quiet < QUIET_INTERVALS) {
      if (Date.now() - start > MAX_WAIT_MS) {
        this.timeouts++;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
      const now = await this.cpuSeconds();
      quiet = (now - last) * 1000 < INTERVAL_MS * QUIET_SHARE ? quiet + 1 : 0;
      last = now;
    }
    await this.waitForMachine();
    this.waitedMs += Date.now() - start;
  }

  private async waitForMachine(): Promise<void> {
    const start = Date.now();
    while (Date.now() - start < MACHINE_MAX_WAIT_MS) {
      const before = readCpuTimes();
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
      const share = busyShare(before, readCpuTimes());
      if (share === null || share < MACHINE_QUIET_SHARE) return;
    }
    this.busyMachine++;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
