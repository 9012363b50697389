import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '#shared/outbox/outbox-item';
import { sampleItem } from '#shared/outbox/outbox-test-items';
import type { OutboxListItem } from '../../data/outbox-repository';
import { isFinished, rowActions } from './outbox-actions';

async function listed(changes: Partial<OutboxItem>): Promise<OutboxListItem> {
  const { bytes: _bytes, ...item } = { ...(await sampleItem(0)), ...changes };
  return item;
}

const failure = { code: 'syncUnauthorized', httpStatus: 401, at: 1 } as const;

describe('rowActions', () => {
  it('offers cancel for a queued item, and retry too once it waits out a backoff', async () => {
    expect(rowActions(await listed({ state: 'queued' }))).toEqual(['cancel']);
    expect(rowActions(await listed({ state: 'queued', nextAttemptAt: 5_000, lastError: { code: 'syncNetwork', at: 1 } }))).toEqual(['retry', 'cancel']);
  });

  it('offers retry and cancel for a failed item', async () => {
    expect(rowActions(await listed({ state: 'failed', lastError: failure }))).toEqual(['retry', 'cancel']);
  });

  it('offers a new name and cancel, never a plain retry, for a conflict', async () => {
    expect(rowActions(await listed({ state: 'conflict', lastError: { code: 'syncConflict', at: 1 } }))).toEqual(['sendUnderNewName', 'cancel']);
  });

  it('offers nothing while sending, nor once sent or cancelled', async () => {
    for (const state of ['sending', 'sent', 'cancelled'] as const) expect(rowActions(await listed({ state }))).toEqual([]);
  });
});

describe('isFinished', () => {
  it('holds for delivered and cancelled items only', () => {
    expect(['queued', 'sending', 'sent', 'failed', 'conflict', 'cancelled'].filter((state) => isFinished({ state: state as OutboxItem['state'] }))).toEqual(['sent', 'cancelled']);
  });
});
