import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { compareCreation, createOutboxItem, outboxItemSchema, remotePathOf } from './outbox-item';

const base = { id: '01JQ0000000000000000000000', now: 1_700_000_000_000, targetId: 'nextcloud', folder: 'Delegation Desk/Kalush', mimeType: 'text/markdown' };

describe('createOutboxItem', () => {
  it('queues a copy of the bytes with their SHA-256, size and path', async () => {
    const bytes = new TextEncoder().encode('abc');
    const item = await createOutboxItem({ ...base, fileName: 'Меморандум Калуш — Запоріжжя.md', bytes });
    bytes[0] = 0;
    expect(item).toMatchObject({
      state: 'queued',
      attempts: 0,
      size: 3,
      contentHash: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      baseFileName: 'Меморандум Калуш — Запоріжжя.md',
      fileName: 'Меморандум Калуш — Запоріжжя.md',
      nextAttemptAt: null,
      sentAt: null,
    });
    expect(new TextDecoder().decode(item.bytes)).toBe('abc');
    expect(remotePathOf(item)).toBe('Delegation Desk/Kalush/Меморандум Калуш — Запоріжжя.md');
  });

  it('refuses a path that could leave the folder', async () => {
    await expect(createOutboxItem({ ...base, fileName: '../secret.md', bytes: new Uint8Array(1) })).rejects.toThrow(AppError);
  });

  it('rejects an item whose size does not match its bytes', async () => {
    const item = await createOutboxItem({ ...base, fileName: 'a.md', bytes: new Uint8Array(4) });
    expect(outboxItemSchema.safeParse({ ...item, size: 5 }).success).toBe(false);
  });
});

describe('compareCreation', () => {
  it('orders by creation time, then by id', () => {
    const items = [
      { createdAt: 2, id: 'a' },
      { createdAt: 1, id: 'c' },
      { createdAt: 1, id: 'b' },
    ];
    expect(items.sort(compareCreation).map((item) => item.id)).toEqual(['b', 'c', 'a']);
  });
});
