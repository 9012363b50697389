import { describe, expect, it } from 'vitest';
import { AppError } from '#shared/errors/app-error';
import { createImportClient, type ImportWorkerPort } from './import-client';
import type { FromImportWorker, ImportPreview, ImportRequest, ImportResult } from './import-protocol';
import { responseMessages } from './preview-parts';

/** A worker double: records what the client posts (and transfers), answers when the test says so. */
class FakeWorker implements ImportWorkerPort {
  readonly posted: { message: ImportRequest; transfer: Transferable[] }[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromImportWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  postMessage(message: ImportRequest, transfer: Transferable[]): void {
    this.posted.push({ message, transfer });
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(message: FromImportWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromImportWorker>);
  }

  last(): ImportRequest {
    const message = this.posted.at(-1)?.message;
    if (!message) throw new Error('nothing posted');
    return message;
  }
}

function started() {
  const workers: FakeWorker[] = [];
  const names: string[] = [];
  const start = (name: string) => {
    names.push(name);
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  };
  return { workers, names, start };
}

const preview = (sessionId: string): ImportPreview => ({
  sessionId,
  fileName: 'a.vcf',
  format: 'vcard',
  table: null,
  newContacts: [],
  duplicates: [],
  rejected: [],
  meetings: [],
  newOrganizationNames: [],
  totals: { newContacts: 0, duplicates: 0, rejected: 0, meetings: 0 },
});

const result: ImportResult = { batchId: 'b1', added: { contacts: 1, organizations: 0, meetings: 0, attachments: 0 }, merged: 1, skipped: 0 };

describe('createImportClient', () => {
  it('starts no worker until a file is opened, then one over the named database', async () => {
    const { workers, names, start } = started();
    const client = createImportClient('delegation-desk', start);
    expect(workers).toHaveLength(0);
    const answer = client.open('a.vcf', new Uint8Array([1, 2, 3]));
    expect(names).toEqual(['delegation-desk']);
    const request = workers[0]!.last();
    expect(request).toMatchObject({ kind: 'open', fileName: 'a.vcf', options: {} });
    if (request.kind !== 'open') throw new Error('expected open');
    workers[0]!.reply({ id: request.id, ok: true, value: preview(request.sessionId) });
    await expect(answer).resolves.toEqual(preview(request.sessionId));
  });

  it('hands the file bytes over instead of copying them', () => {
    const { workers, start } = started();
    const client = createImportClient('db', start);
    const bytes = new Uint8Array([66, 69, 71, 73, 78]);
    void client.open('a.vcf', bytes);
    const { message, transfer } = workers[0]!.posted[0]!;
    expect(transfer).toEqual([bytes.buffer]);
    expect(message.kind === 'open' && message.bytes).toBe(bytes);
  });

  it('copies a view on part of a larger buffer, leaving the rest of that buffer alone', () => {
    const { workers, start } = started();
    const client = createImportClient('db', start);
    const whole = new Uint8Array([1, 2, 3, 4, 5, 6]);
    void client.open('a.csv', whole.subarray(2, 4));
    const { message, transfer } = workers[0]!.posted[0]!;
    expect(transfer).not.toContain(whole.buffer);
    expect(message.kind === 'open' && [...message.bytes]).toEqual([3, 4]);
  });

  it('matches answers to requests by id, whatever order they come in', async () => {
    const { workers, start } = started();
    const client = createImportClient('db', start);
    const first = client.open('a.vcf', new Uint8Array([1]));
    const second = client.open('b.vcf', new Uint8Array([2]));
    const [a, b] = workers[0]!.posted.map(({ message }) => message);
    if (a?.kind !== 'open' || b?.kind !== 'open') throw new Error('expected two opens');
    expect(a.sessionId).not.toBe(b.sessionId);
    workers[0]!.reply({ id: b.id, ok: true, value: preview(b.sessionId) });
    workers[0]!.reply({ id: a.id, ok: true, value: preview(a.sessionId) });
    await expect(first).resolves.toMatchObject({ sessionId: a.sessionId });
    await expect(second).resolves.toMatchObject({ sessionId: b.sessionId });
  });

  it('puts a preview that came in slices back together before resolving', async () => {
    const { workers, start } = started();
    const client = createImportClient('db', start);
    const answer = client.open('big.vcf', new Uint8Array([1]));
    const request = workers[0]!.last();
    if (request.kind !== 'open') throw new Error('expected open');
    const person = (row: number) => ({ row, photos: 0, name: { uk: '', ru: '', en: `P${row}` }, nameOriginal: '', position: { uk: '', ru: '', en: '' }, organizationName: '', emails: [], phones: [] });
    const whole = { ...preview(request.sessionId), newContacts: Array.from({ length: 1_200 }, (_, n) => person(n + 1)) };
    const messages = responseMessages({ id: request.id, ok: true, value: whole });
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) workers[0]!.reply(message);
    await expect(answer).resolves.toEqual(whole);
  });

  it('rebuilds a failure as the AppError the worker met, code and details', async () => {
    const { workers, start } = started();
    const client = createImportClient('db', start);
    const answer = client.open('big.csv', new Uint8Array([1]));
    workers[0]!.reply({ id: workers[0]!.last().id, ok: false, error: { code: 'importTooLarge', details: { size: 30, limit: 20 } } });
    const error = await answer.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'importTooLarge', details: { size: 30, limit: 20 } });
  });

  it('sends reopen and apply for a session and resolves with the worker’s answers', async () => {
    const { workers, start } = started();
    const client = createImportClient('db', start);
    void client.open('a.csv', new Uint8Array([1]));
    const reopened = client.reopen('s1', { encoding: 'windows-1251' });
    expect(workers[0]!.last()).toMatchObject({ kind: 'reopen', sessionId: 's1', options: { encoding: 'windows-1251' } });
    workers[0]!.reply({ id: workers[0]!.last().id, ok: true, value: preview('s1') });
    await expect(reopened).resolves.toMatchObject({ sessionId: 's1' });
    const decisions = { all: 'merge' as const, byRow: { 3: 'skip' as const }, eventId: null };
    const applied = client.apply('s1', decisions);
    expect(workers[0]!.last()).toMatchObject({ kind: 'apply', sessionId: 's1', decisions });
    workers[0]!.reply({ id: workers[0]!.last().id, ok: true, value: result });
    await expect(applied).resolves.toEqual(result);
  });

  it('closes a session without waiting, and does not start a worker just to close', () => {
    const { workers, start } = started();
    const client = createImportClient('db', start);
    client.close('nothing-open');
    expect(workers).toHaveLength(0);
    void client.open('a.vcf', new Uint8Array([1]));
    client.close('s1');
    expect(workers[0]!.last()).toMatchObject({ kind: 'close', sessionId: 's1' });
  });

  it('fails pending calls with "unexpected" when the worker dies, and starts a new one next time', async () => {
    const { workers, start } = started();
    const client = createImportClient('db', start);
    const answer = client.open('a.vcf', new Uint8Array([1]));
    const quiet = console.error;
    console.error = () => undefined;
    try {
      workers[0]!.onerror?.(new Event('error') as ErrorEvent);
    } finally {
      console.error = quiet;
    }
    await expect(answer).rejects.toMatchObject({ code: 'unexpected' });
    expect(workers[0]!.terminated).toBe(true);
    void client.open('b.vcf', new Uint8Array([2]));
    expect(workers).toHaveLength(2);
  });

  it('dispose stops the worker and rejects what is pending; a late answer is ignored', async () => {
    const { workers, start } = started();
    const client = createImportClient('db', start);
    const answer = client.open('a.vcf', new Uint8Array([1]));
    const worker = workers[0]!;
    const { id } = worker.last();
    client.dispose();
    expect(worker.terminated).toBe(true);
    await expect(answer).rejects.toThrow('disposed');
    worker.reply({ id, ok: true, value: null });
  });
});
