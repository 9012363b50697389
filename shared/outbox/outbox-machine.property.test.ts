import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { outboxItemSchema, type OutboxItem } from './outbox-item';
import { isDue, transition, type OutboxEvent } from './outbox-machine';
import { DEFAULT_OUTBOX_POLICY, SYNC_FAILURE_CODES } from './retry-policy';
import { sampleItem } from './outbox-test-items';

/**
 * Random runs of the outbox state machine: failures of every kind, successes, restarts and the
 * user's actions, in any order and at any times. The invariants hold after every step.
 */
const event: fc.Arbitrary<OutboxEvent> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<OutboxEvent>({ type: 'start' }) },
  { weight: 2, arbitrary: fc.constant<OutboxEvent>({ type: 'delivered' }) },
  { weight: 1, arbitrary: fc.constant<OutboxEvent>({ type: 'alreadyThere' }) },
  { weight: 2, arbitrary: fc.constant<OutboxEvent>({ type: 'conflictFound' }) },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('failed' as const),
      code: fc.constantFrom(...SYNC_FAILURE_CODES),
      httpStatus: fc.option(fc.integer({ min: 400, max: 599 }), { nil: undefined }),
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom<OutboxEvent>({ type: 'retry' }, { type: 'cancel' }, { type: 'sendUnderNewName' }) },
  { weight: 1, arbitrary: fc.constantFrom<OutboxEvent>({ type: 'restart' }, { type: 'targetChanged' }, { type: 'notSent' }) },
);

const step = fc.record({
  event,
  /** Time passing before the event: often none, sometimes past any backoff. */
  elapsed: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 2 * DEFAULT_OUTBOX_POLICY.quotaRetryMs })),
  random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
});

let start: OutboxItem;
beforeAll(async () => {
  start = await sampleItem(1);
});

interface Walk {
  item: OutboxItem;
  now: number;
  /** A conflict was found at the current name and the user has not chosen a new one since. */
  unresolvedConflict: boolean;
}

function check(condition: boolean, message: string, detail: unknown): void {
  if (!condition) throw new Error(`${message}: ${JSON.stringify(detail, (_, value: unknown) => (value instanceof Uint8Array ? `<${value.length} bytes>` : value))}`);
}

function walk(steps: readonly { event: OutboxEvent; elapsed: number; random: number }[]): void {
  const state: Walk = { item: start, now: start.createdAt, unresolvedConflict: false };
  for (const { event, elapsed, random } of steps) {
    const before = state.item;
    state.now += elapsed;
    const after = transition(before, event, state.now, () => random);
    const detail = { event, before: { ...before, bytes: undefined }, after: { ...after, bytes: undefined } };

    check(outboxItemSchema.safeParse(after).success, 'the item stays valid', detail);
    check(!(before.state === 'sent' && after !== before), 'a sent item never changes (it is never sent again)', detail);
    check(!(before.state === 'cancelled' && after !== before), 'cancelled is final', detail);
    if (after.state === 'sent' && before.state !== 'sent') {
      check(before.state === 'sending' && (event.type === 'delivered' || event.type === 'alreadyThere'), 'sent only on delivered or the same file found', detail);
      check(!state.unresolvedConflict, 'a conflict is never sent without a new name', detail);
      check(after.sentAt === state.now && after.lastError === null, 'sent records when, and no error', detail);
    }
    const started = before.state !== 'sending' && after.state === 'sending';
    const untried = event.type === 'notSent' && after !== before;
    check(after.attempts === before.attempts + (started ? 1 : 0) - (untried ? 1 : 0), 'each start counts an attempt, taken back only for a file never tried', detail);
    if (untried) check(after.state === 'queued' && after.partialUploadPossible === before.partialUploadPossible, 'an untried file goes back to the queue as it was', detail);
    if (started) check(isDue(before, state.now), 'an item starts only once its time has come', detail);
    if (event.type === 'failed' && after !== before && after.state === 'queued') {
      const delay = after.nextAttemptAt! - state.now;
      check(delay >= 0 && delay <= DEFAULT_OUTBOX_POLICY.maxDelayMs, 'backoff delays stay within [0, cap]', detail);
    }
    check((after.sentAt !== null) === (after.state === 'sent'), 'sentAt is set exactly when sent', detail);
    check(after.nextAttemptAt === null || after.state === 'queued' || after.state === 'failed' || after.state === 'sending', 'only waiting items have a next attempt', detail);
    check(after.state !== 'conflict' || after.lastError?.code === 'syncConflict', 'a conflict says so', detail);

    if (after.state === 'conflict' && before.state !== 'conflict') state.unresolvedConflict = true;
    if (before.state === 'conflict' && after.state !== 'conflict') {
      check(event.type === 'sendUnderNewName' || event.type === 'cancel', 'a conflict ends only by a new name or a cancel', detail);
      check(event.type !== 'sendUnderNewName' || after.fileName !== before.fileName, 'the new name differs', detail);
      state.unresolvedConflict = false;
    }
    state.item = after;
  }
}

describe('outbox state machine (property-based)', () => {
  it('keeps its invariants over random runs of failures, successes, restarts and user actions', () => {
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 80 }), walk), { numRuns: 1500 });
  });

  it('reaches sent from any reachable state when the network comes back and the user resolves conflicts', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        walk(steps);
        let item = steps.reduce((current, s, index) => transition(current, s.event, start.createdAt + index, () => s.random), start);
        if (item.state === 'cancelled') return;
        let now = start.createdAt + 10 * DEFAULT_OUTBOX_POLICY.quotaRetryMs;
        for (const next of [{ type: 'restart' }, { type: 'sendUnderNewName' }, { type: 'targetChanged' }, { type: 'start' }, { type: 'delivered' }] as const) {
          item = transition(item, next, (now += 1), () => 0.5);
        }
        check(item.state === 'sent', 'delivered in the end', { ...item, bytes: undefined });
      }),
      { numRuns: 500 },
    );
  });
});
