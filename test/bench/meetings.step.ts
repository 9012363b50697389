import { AGENDA_FIRST_SCREEN, MEETING_SIZES, MEETINGS_VIEWPORT, meetingRunsFor, STEPS, TIMELINE_FIRST_PAGE, TIMELINE_FIRST_SCREEN, typingRunsFor } from './bench-config';
import { PageSession } from './bench-session';
import type { BenchEnv } from './bench-env';
import { typingRun, type TypingRun } from './autosave';
import { reportAutosave, reportScreens, type ScreenRuns } from './meetings-report';
import { openAppIdle, openCold, openInApp, watchArgs, type ScreenTarget } from './open-screens';
import type { MeetingsSeedResult, OpenQuery, OpenQueryMethod } from './page/meetings-api';

/**
 * 6–8, issue 4: at 1k and 20k meetings (notes of 1–2 KB, 2.5 follow-ups per meeting: 50k at
 * 20k), opening a contact's timeline and an event's agenda, and typing into a meeting's notes
 * with autosave. Per size, one browser context: the bench page seeds the app's database once,
 * measures the screens' queries, then every opening and typing run gets a fresh app page.
 */

const QUERY_METHODS: readonly OpenQueryMethod[] = ['app', 'naive', 'raw'];

function targetsOf(seed: MeetingsSeedResult): ScreenTarget[] {
  const all: ScreenTarget[] = [
    {
      name: 'timeline',
      hash: `#/contacts/${seed.probe.contactId}`,
      expected: seed.probe.timeline,
      shown: Math.min(TIMELINE_FIRST_PAGE, seed.probe.timeline.tokens.length),
      firstScreen: TIMELINE_FIRST_SCREEN,
      withFollowUps: true,
      order: 'desc',
    },
    {
      name: 'agenda',
      hash: `#/events/${seed.probe.eventId}`,
      expected: seed.probe.agenda,
      shown: seed.probe.agenda.tokens.length,
      firstScreen: AGENDA_FIRST_SCREEN,
      withFollowUps: false,
      order: 'asc',
    },
  ];
  return all.filter((target) => STEPS.has(target.name));
}

async function measureQueries(env: BenchEnv, bench: PageSession, targets: readonly ScreenTarget[], runs: ScreenRuns): Promise<void> {
  for (const target of targets) {
    const query: OpenQuery = target.name;
    // Warm-up, not recorded: the first call compiles the paths and opens the connections.
    for (const method of QUERY_METHODS) await bench.call('measureOpenQuery', query, method, target.shown);
    const expectedRelated = query === 'timeline' ? watchArgs(target).tokens.length - target.shown : null;
    for (let run = 0; run < meetingRunsFor(); run++) {
      for (const method of run % 2 === 0 ? QUERY_METHODS : [...QUERY_METHODS].reverse()) {
        await bench.collectGarbage();
        await env.quiet.wait();
        const result = await bench.call('measureOpenQuery', query, method, target.shown);
        if (result.meetings !== target.expected.tokens.length || (expectedRelated !== null && result.related !== expectedRelated)) {
          throw new Error(`${query} ${method}: ${result.meetings} meetings / ${result.related} related, expected ${target.expected.tokens.length} / ${expectedRelated ?? 'any'}`);
        }
        runs.queries[query][method].push(result.ms);
      }
    }
  }
}

async function measureScreens(env: BenchEnv, context: Parameters<typeof openCold>[0], targets: readonly ScreenTarget[], runs: ScreenRuns): Promise<void> {
  for (let run = 0; run < meetingRunsFor(); run++) {
    const app = await openAppIdle(context, env.quiet);
    try {
      for (const target of run % 2 === 0 ? targets : [...targets].reverse()) runs.inApp[target.name].push(await openInApp(env.browser, app, target, env.quiet));
    } finally {
      await app.close();
    }
    for (const target of targets) runs.cold[target.name].push(await openCold(context, target, env.quiet));
  }
}

export async function benchMeetings(env: BenchEnv): Promise<void> {
  const { browser, baseURL, report } = env;
  const screens: Record<number, ScreenRuns> = {};
  const typing: Record<number, TypingRun[]> = {};
  const seeds: Record<number, MeetingsSeedResult> = {};
  report.details.meetings = { seeds, screens, typing };
  for (const size of MEETING_SIZES) {
    // A delegation member's laptop: Ukrainian interface, Kyiv time (events abroad show both clocks).
    const context = await browser.newContext({ baseURL, viewport: MEETINGS_VIEWPORT, locale: 'uk-UA', timezoneId: 'Europe/Kyiv', serviceWorkers: 'block' });
    try {
      const bench = await PageSession.openBench(context);
      const seed = await bench.call('seedMeetings', size);
      seeds[size] = seed;
      console.log(
        `meetings ${size}: seeded ${seed.meetings} meetings, ${seed.followUps} follow-ups (${seed.openFollowUps} open), ${seed.events} events, ` +
          `${seed.contacts} contacts in ${Math.round(seed.insertMs)} ms; notes ${seed.notesBytes.min}–${seed.notesBytes.max} B`,
      );
      const targets = targetsOf(seed);
      if (targets.length > 0) {
        const runs: ScreenRuns = {
          queries: { timeline: { app: [], naive: [], raw: [] }, agenda: { app: [], naive: [], raw: [] } },
          inApp: { timeline: [], agenda: [] },
          cold: { timeline: [], agenda: [] },
        };
        screens[size] = runs;
        await measureQueries(env, bench, targets, runs);
        await measureScreens(env, context, targets, runs);
      }
      if (STEPS.has('autosave')) {
        typing[size] = [];
        for (let run = 0; run < typingRunsFor(); run++) {
          typing[size].push(await typingRun(env, context, bench, seed.probe.autosaveMeetingId, run));
        }
      }
      await bench.call('releaseMeetings');
      await bench.close();
    } finally {
      await context.close();
    }
  }
  reportScreens(report, screens);
  reportAutosave(report, typing);
}
