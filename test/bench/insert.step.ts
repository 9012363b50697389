import { runsFor, SIZES, SMALLEST, TARGETS } from './bench-config';
import { PageSession } from './bench-session';
import type { BenchEnv } from './bench-env';

/**
 * 1. Bulk insert: `workspace.contacts.bulkCreate(inputs)` (zod validation, collation keys,
 * Dexie) against a raw `put` loop of the same, pre-built records into a store with the same
 * indexes. Each insert goes into freshly created, empty databases; the two alternate in order.
 */
export async function benchInsert({ browser, baseURL, report, quiet }: BenchEnv): Promise<void> {
  const context = await browser.newContext({ baseURL });
  try {
    const bench = await PageSession.openBench(context);
    const datasets: Record<number, unknown> = {};

    // Warm-up, not recorded: the first insert of a page also compiles zod, Dexie and the key tables.
    await bench.call('prepareInsert', SMALLEST);
    for (const method of ['insertViaRepository', 'insertRaw'] as const) {
      await bench.call('resetInsertDatabases');
      await bench.call(method);
    }

    for (const size of SIZES) {
      datasets[size] = await bench.call('prepareInsert', size);
      const samples = { insertViaRepository: [] as number[], insertRaw: [] as number[] };
      for (let run = 0; run < runsFor(size); run++) {
        const order = run % 2 === 0 ? (['insertViaRepository', 'insertRaw'] as const) : (['insertRaw', 'insertViaRepository'] as const);
        for (const method of order) {
          await bench.call('resetInsertDatabases');
          await bench.collectGarbage();
          await quiet.wait();
          samples[method].push(await bench.call(method));
        }
      }
      report.add({
        benchmark: '1 insert: repo bulkCreate / raw put loop',
        size,
        unit: 'ms',
        measured: samples.insertViaRepository,
        baseline: samples.insertRaw,
        target: TARGETS.insertRatio,
      });
    }
    report.details.insertDatasets = datasets;
    await bench.call('release');
    await bench.close();
  } finally {
    await context.close();
  }
}
