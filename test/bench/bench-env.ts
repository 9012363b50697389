import type { Browser } from '@playwright/test';
import type { BrowserQuiet } from './browser-quiet';
import type { BenchReport } from './report';

/** What every benchmark step gets: the browser, the origin serving both builds, the report. */
export interface BenchEnv {
  browser: Browser;
  baseURL: string;
  report: BenchReport;
  quiet: BrowserQuiet;
}
