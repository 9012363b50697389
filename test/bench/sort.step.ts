import { LARGEST, runsFor, SORT_MEASURES, TARGETS } from './bench-config';
import { PageSession } from './bench-session';
import { Random } from './fixtures/generate';
import { BENCH_SEED, type SortMeasure } from './page/bench-api';
import type { BenchEnv } from './bench-env';

/**
 * 3. Sorting the largest set by name in Ukrainian: stored collation keys against
 * `Intl.Collator('uk')`, in memory and when reading from IndexedDB; plus, for diagnosis, the
 * contacts screen's own query (`listLive`, also inside `liveQuery` as the screen runs it, next
 * to a primary-key read sorted in memory) and its row building, in a shuffled order per run.
 */
/** A different, reproducible order per run, so no measure always follows the same one. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = new Random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export async function benchSort({ browser, baseURL, report, quiet }: BenchEnv): Promise<void> {
  const context = await browser.newContext({ baseURL });
  try {
    const bench = await PageSession.openBench(context);
    const prepared = await bench.call('prepareSort', LARGEST);
    report.details.sort = prepared;

    const samples = Object.fromEntries(SORT_MEASURES.map((measure) => [measure, [] as number[]])) as Record<SortMeasure, number[]>;
    // One unrecorded pass so every path is compiled before it is timed.
    for (const measure of SORT_MEASURES) await bench.call('measureSort', measure);
    const runs = runsFor(LARGEST);
    for (let run = 0; run < runs; run++) {
      for (const measure of shuffled(SORT_MEASURES, BENCH_SEED + run)) {
        await bench.collectGarbage();
        await quiet.wait();
        samples[measure].push(await bench.call('measureSort', measure));
      }
    }
    report.details.sortSamples = samples;

    const size = LARGEST;
    const add = (benchmark: string, measured: SortMeasure, baseline?: SortMeasure, target?: number) =>
      report.add({ benchmark, size, unit: 'ms', measured: samples[measured], baseline: baseline && samples[baseline], target });
    add('3 sort: table by name (index order, reversed) / Intl.Collator', 'presortedNameSort', 'collatorSort', TARGETS.sortRatio);
    add('3 sort: table rows by stored key / Intl.Collator', 'rowKeySort', 'collatorSort', TARGETS.sortRatio);
    add('  sort: key strings only / names by Intl.Collator', 'keyStringSort', 'collatorSort');
    add('  sort: whole records by key / names by Intl.Collator', 'keySort', 'collatorSort');
    add('3 read: orderBy(sortKey.uk) / toArray+collator', 'indexRead', 'readAndCollatorSort', TARGETS.sortRatio);
    add('  read: toArray() / orderBy(sortKey.uk).toArray', 'storeRead', 'indexRead');
    add('  app listLive(sortKey.uk) / orderBy().toArray', 'listLive', 'indexRead');
    add('  in liveQuery: app listLive / toArray+filter+key sort', 'listLiveObserved', 'primaryReadObserved');
    add('  app toContactRow for every contact', 'buildRows');
    await bench.call('release');
    await bench.close();
  } finally {
    await context.close();
  }
}
