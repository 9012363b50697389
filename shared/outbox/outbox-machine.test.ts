import { beforeAll, describe, expect, it } from 'vitest';
import { outboxItemSchema, type OutboxItem } from './outbox-item';
import { transition, type OutboxEvent } from './outbox-machine';
import { DEFAULT_OUTBOX_POLICY, type SyncFailureCode } from './retry-policy';
import { sampleItem } from './outbox-test-items';

const NOW = 1_700_000_100_000;
const half = () => 0.5;
let queued: OutboxItem;

beforeAll(async () => {
  queued = await sampleItem(0);
});

const run = (item: OutboxItem, ...events: OutboxEvent[]) => events.reduce((current, event) => transition(current, event, NOW, half), item);
const failWith = (code: SyncFailureCode, httpStatus?: number) => run(queued, { type: 'start' }, { type: 'failed', code, httpStatus });

describe('transition', () => {
  it('sends a queued item: start counts an attempt, delivered marks it sent at that time', () => {
    const sending = run(queued, { type: 'start' });
    expect(sending).toMatchObject({ state: 'sending', attempts: 1 });
    const sent = run(sending, { type: 'delivered' });
    expect(sent).toMatchObject({ state: 'sent', sentAt: NOW, lastError: null, nextAttemptAt: null, attempts: 1 });
    expect(outboxItemSchema.parse(sent)).toEqual(sent);
  });

  it('counts the same bytes found at the path as sent', () => {
    expect(run(queued, { type: 'start' }, { type: 'alreadyThere' })).toMatchObject({ state: 'sent', sentAt: NOW });
  });

  it('backs off after a network drop, a timeout, a server error or a lock, doubling the window each time', () => {
    for (const [code, status] of [['syncNetwork'], ['syncTimeout'], ['syncServer', 503], ['syncLocked', 423]] as const) {
      const first = failWith(code, status);
      expect(first).toMatchObject({ state: 'queued', failuresInRow: 1, nextAttemptAt: NOW + 1000, lastError: { code, at: NOW } });
      if (status) expect(first.lastError?.httpStatus).toBe(status);
      const later = NOW + 1000;
      const second = transition(transition(first, { type: 'start' }, later, half), { type: 'failed', code }, later, half);
      expect(second.nextAttemptAt).toBe(later + 2000);
      expect(second.attempts).toBe(2);
    }
  });

  it('does not start an item before its backoff is over', () => {
    const waiting = failWith('syncNetwork');
    expect(transition(waiting, { type: 'start' }, NOW + 999, half)).toBe(waiting);
    expect(transition(waiting, { type: 'start' }, NOW + 1000, half).state).toBe('sending');
  });

  it('waits for the user after 401 or 403 until the target settings change', () => {
    for (const code of ['syncUnauthorized', 'syncForbidden'] as const) {
      const failed = failWith(code, code === 'syncUnauthorized' ? 401 : 403);
      expect(failed).toMatchObject({ state: 'failed', nextAttemptAt: null });
      expect(transition(failed, { type: 'start' }, NOW + DEFAULT_OUTBOX_POLICY.quotaRetryMs * 10, half)).toBe(failed);
      expect(run(failed, { type: 'targetChanged' })).toMatchObject({ state: 'queued', nextAttemptAt: null, failuresInRow: 0 });
    }
  });

  it('tries a full target (507) again only after a long pause, or when the user asks', () => {
    const failed = failWith('syncQuota', 507);
    expect(failed).toMatchObject({ state: 'failed', nextAttemptAt: NOW + DEFAULT_OUTBOX_POLICY.quotaRetryMs });
    expect(transition(failed, { type: 'start' }, NOW + DEFAULT_OUTBOX_POLICY.quotaRetryMs, half).state).toBe('sending');
    expect(run(failed, { type: 'retry' })).toMatchObject({ state: 'queued', nextAttemptAt: null });
  });

  it('retries at once after a missing folder, and backs off if the folder is still missing', () => {
    const first = failWith('syncMissingFolder', 409);
    expect(first).toMatchObject({ state: 'queued', nextAttemptAt: NOW });
    const second = run(first, { type: 'start' }, { type: 'failed', code: 'syncMissingFolder', httpStatus: 409 });
    expect(second.state).toBe('queued');
    expect(second.nextAttemptAt).toBe(NOW + 1000);
  });

  it('leaves a file too large or a refused request to the user', () => {
    expect(failWith('syncTooLarge', 413)).toMatchObject({ state: 'failed', nextAttemptAt: null });
    expect(failWith('syncRejected', 400)).toMatchObject({ state: 'failed', nextAttemptAt: null });
  });

  it('keeps a conflict until the user chooses a new name, which is numbered deterministically', () => {
    const conflict = run(queued, { type: 'start' }, { type: 'conflictFound' });
    expect(conflict).toMatchObject({ state: 'conflict', lastError: { code: 'syncConflict' } });
    expect(run(conflict, { type: 'retry' }, { type: 'targetChanged' }, { type: 'start' }, { type: 'restart' })).toBe(conflict);
    const renamed = run(conflict, { type: 'sendUnderNewName' });
    expect(renamed).toMatchObject({ state: 'queued', fileName: '001 Переговори з регіоном О-де-Франс (2).md', renameCount: 1, lastError: null });
    const again = run(renamed, { type: 'start' }, { type: 'conflictFound' }, { type: 'sendUnderNewName' });
    expect(again.fileName).toBe('001 Переговори з регіоном О-де-Франс (3).md');
  });

  it('cancels what waits, never what is under way or done, and a cancelled item stays cancelled', () => {
    const cancelled = run(queued, { type: 'cancel' });
    expect(cancelled.state).toBe('cancelled');
    for (const type of ['start', 'retry', 'targetChanged', 'restart', 'sendUnderNewName'] as const) expect(run(cancelled, { type })).toBe(cancelled);
    const sending = run(queued, { type: 'start' });
    expect(run(sending, { type: 'cancel' })).toBe(sending);
  });

  it('puts an item started with a batch but never tried back in the queue as it was, its attempt not counted', () => {
    const untried = run(queued, { type: 'start' }, { type: 'notSent' });
    expect(untried).toMatchObject({ state: 'queued', attempts: 0, partialUploadPossible: false, nextAttemptAt: null });
    expect(run(queued, { type: 'notSent' })).toBe(queued);
  });

  it('puts an item left mid-send back in the queue after a restart, marking that part of it may be there', () => {
    const restarted = run(queued, { type: 'start' }, { type: 'restart' });
    expect(restarted).toMatchObject({ state: 'queued', attempts: 1, partialUploadPossible: true, nextAttemptAt: null });
    expect(run(restarted, { type: 'start' }, { type: 'delivered' }).partialUploadPossible).toBe(false);
  });

  it('ignores answers that arrive when the item is not being sent', () => {
    for (const event of [{ type: 'delivered' }, { type: 'alreadyThere' }, { type: 'conflictFound' }, { type: 'failed', code: 'syncNetwork' }] as const) {
      expect(transition(queued, event, NOW, half)).toBe(queued);
    }
  });
});
