import { describe, expect, it } from 'vitest';
import { MAX_SAVED_FILE_BYTES, MAX_SYNC_PUT_FILES } from '../ipc/contract';
import { DEFAULT_DELIVERY_BATCH } from './deliver';
import { putInOrder, type PutRequest } from './put-in-order';
import type { OutboxTransport, PutOutcome } from './webdav-transport';

const file = (name: string): PutRequest => ({ path: `Delegation Desk/${name}`, bytes: new Uint8Array([1]), contentHash: 'a'.repeat(64), replacePartial: false, mimeType: 'text/plain' });

/** A transport answering from a table by file name, recording what it was asked. */
function scripted(answers: Record<string, PutOutcome>, onPut: (name: string) => void = () => undefined) {
  const asked: string[] = [];
  const transport: OutboxTransport = {
    async put(path) {
      const name = path.split('/').at(-1)!;
      asked.push(name);
      onPut(name);
      return answers[name] ?? { kind: 'delivered' };
    },
  };
  return { asked, transport };
}

describe('putInOrder', () => {
  it('sends every file in order, past conflicts and files already there', async () => {
    const { asked, transport } = scripted({ 'b.md': { kind: 'conflict' }, 'c.md': { kind: 'alreadyThere' } });
    await expect(putInOrder(transport, [file('a.md'), file('b.md'), file('c.md')])).resolves.toEqual([{ kind: 'delivered' }, { kind: 'conflict' }, { kind: 'alreadyThere' }]);
    expect(asked).toEqual(['a.md', 'b.md', 'c.md']);
  });

  it('stops after the first failure, which is the last outcome', async () => {
    const { asked, transport } = scripted({ 'b.md': { kind: 'failed', code: 'syncLocked', httpStatus: 423 } });
    await expect(putInOrder(transport, [file('a.md'), file('b.md'), file('c.md')])).resolves.toEqual([{ kind: 'delivered' }, { kind: 'failed', code: 'syncLocked', httpStatus: 423 }]);
    expect(asked).toEqual(['a.md', 'b.md']);
  });

  it('stopped between files, returns what was done and tries nothing more', async () => {
    const controller = new AbortController();
    const { asked, transport } = scripted({}, (name) => {
      if (name === 'a.md') controller.abort();
    });
    await expect(putInOrder(transport, [file('a.md'), file('b.md')], controller.signal)).resolves.toEqual([{ kind: 'delivered' }]);
    expect(asked).toEqual(['a.md']);
  });
});

describe('the default delivery batch', () => {
  it('fits in one sync:put: no more files, and no more bytes beside a first large one, than the contract takes', () => {
    expect(DEFAULT_DELIVERY_BATCH.files).toBeLessThanOrEqual(MAX_SYNC_PUT_FILES);
    expect(DEFAULT_DELIVERY_BATCH.bytes).toBeLessThanOrEqual(MAX_SAVED_FILE_BYTES / 2);
  });
});
