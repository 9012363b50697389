import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResponse, PreviewCandidate } from './import-protocol';
import { PreviewAssembly, responseMessages } from './preview-parts';

const person = (row: number): PreviewCandidate => ({
  row,
  photos: 0,
  name: { uk: `Особа ${row}`, ru: '', en: `Person ${row}` },
  nameOriginal: '',
  position: { uk: '', ru: '', en: '' },
  organizationName: '',
  emails: [],
  phones: [],
});

function preview(newContacts: number, rejected: number): ImportPreview {
  return {
    sessionId: 's1',
    fileName: 'big.vcf',
    format: 'vcard',
    table: null,
    newContacts: Array.from({ length: newContacts }, (_, n) => person(n + 1)),
    duplicates: [{ row: 9999, incoming: person(9999), existingId: 'e1', existing: person(0), reasons: ['name', 'email'] }],
    rejected: Array.from({ length: rejected }, (_, n) => ({ row: 20_000 + n, reason: 'empty' as const, excerpt: '' })),
    meetings: [],
    newOrganizationNames: ['Харківська міська рада'],
    mergedWithinFile: [{ row: 3, intoRow: 1 }],
    totals: { newContacts, duplicates: 1, rejected, meetings: 0 },
  };
}

const countItems = (messages: ReturnType<typeof responseMessages>) =>
  messages.reduce((sum, message) => sum + ('part' in message ? message.part.items.length : 0), 0);

describe('preview parts', () => {
  it('sends a small preview, an error or another answer as it is', () => {
    const small: ImportResponse = { id: 1, ok: true, value: preview(3, 1) };
    expect(responseMessages(small, 10)).toEqual([small]);
    const failed: ImportResponse = { id: 2, ok: false, error: { code: 'importEmpty' } };
    expect(responseMessages(failed, 10)).toEqual([failed]);
    const applied: ImportResponse = { id: 3, ok: true, value: { batchId: 'b', added: { contacts: 1, organizations: 0, meetings: 0, attachments: 0 }, merged: 0, skipped: 0 } };
    expect(responseMessages(applied, 10)).toEqual([applied]);
  });

  it('slices long lists into parts of at most the given size, the response last, and puts them back in order', () => {
    const whole: ImportResponse = { id: 7, ok: true, value: preview(2_345, 12) };
    const messages = responseMessages(whole, 500);
    expect(messages.slice(0, -1).every((message) => 'part' in message && message.part.items.length <= 500)).toBe(true);
    expect(countItems(messages)).toBe(2_345 + 1 + 12);
    const last = messages.at(-1)!;
    expect(last).toMatchObject({ id: 7, ok: true, value: { newContacts: [], duplicates: [], rejected: [], newOrganizationNames: ['Харківська міська рада'] } });

    const assembly = new PreviewAssembly();
    const received = messages.map((message) => assembly.receive(message));
    expect(received.slice(0, -1).every((answer) => answer === null)).toBe(true);
    expect(received.at(-1)).toEqual(whole);
  });

  it('keeps the slices of concurrent requests apart', () => {
    const a: ImportResponse = { id: 1, ok: true, value: preview(30, 0) };
    const b: ImportResponse = { id: 2, ok: true, value: preview(25, 4) };
    const fromA = responseMessages(a, 10);
    const fromB = responseMessages(b, 10);
    const assembly = new PreviewAssembly();
    const interleaved = fromA.flatMap((message, n) => [message, ...(fromB[n] ? [fromB[n]] : [])]).concat(fromB.slice(fromA.length));
    const answers = interleaved.map((message) => assembly.receive(message)).filter((answer) => answer !== null);
    expect(answers).toEqual([a, b]);
  });
});
