import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { BenchApi } from './page/bench-api';

/** A page of the benchmark build, with its CDP session and a record of anything it threw. */

type Method = { [K in keyof BenchApi]: BenchApi[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof BenchApi];
type Fn<K extends Method> = BenchApi[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;

export class PageSession {
  readonly errors: string[] = [];

  private constructor(readonly page: Page, readonly cdp: CDPSession) {
    page.on('pageerror', (error) => this.errors.push(`${error.name}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console.error: ${message.text()} (${message.location().url})`);
    });
  }

  static async open(context: BrowserContext): Promise<PageSession> {
    const page = await context.newPage();
    return new PageSession(page, await context.newCDPSession(page));
  }

  /** Opens the benchmark page and waits for `window.bench`. */
  static async openBench(context: BrowserContext): Promise<PageSession> {
    const session = await PageSession.open(context);
    await session.page.goto('/bench/index.html');
    await session.page.waitForFunction(() => window.bench?.ready === true);
    return session;
  }

  /** Calls `window.bench[method](...args)` in the page. */
  async call<K extends Method>(method: K, ...args: Parameters<Fn<K>>): Promise<Awaited<ReturnType<Fn<K>>>> {
    this.throwIfErrors();
    const result = await this.page.evaluate(
      ([name, values]) => {
        const api = window.bench as unknown as Record<string, (...a: unknown[]) => Promise<unknown>> | undefined;
        if (!api) throw new Error('window.bench is missing');
        return api[name](...values);
      },
      [method, args as unknown[]] as const,
    );
    this.throwIfErrors();
    return result as Awaited<ReturnType<Fn<K>>>;
  }

  /** A full, blocking garbage collection, so one measurement does not pay for the last. */
  async collectGarbage(): Promise<void> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
  }

  async heap(): Promise<{ usedMiB: number; totalMiB: number; jsHeapUsedMiB: number; domNodes: number }> {
    await this.collectGarbage();
    const usage = await this.cdp.send('Runtime.getHeapUsage');
    await this.cdp.send('Performance.enable');
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const mib = (bytes: number) => bytes / 1024 / 1024;
    return {
      usedMiB: mib(usage.usedSize),
      totalMiB: mib(usage.totalSize),
      jsHeapUsedMiB: mib(metric('JSHeapUsedSize')),
      domNodes: metric('Nodes'),
    };
  }

  throwIfErrors(): void {
    if (this.errors.length > 0) throw new Error(`the page reported errors:\n${this.errors.join('\n')}`);
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
    await this.page.close();
  }
}
