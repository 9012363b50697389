// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { AppError } from '#shared/errors/app-error';
import { buildAgendaWorkbook } from '#shared/import/xlsx-table.fixtures';
import type { ImportDecisions } from '#shared/import/import-plan';
import { testWorkspaces } from '../data/test-workspaces';
import type { Workspace } from '../data/workspace';
import type { ImportPreview, ImportRequest, ImportRequestBody, ImportResponse, ImportResult } from './import-protocol';
import { createImportSessions, detectFormat, errorData, type ImportSessions } from './import-sessions';

const newWorkspace = testWorkspaces();
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1251 bytes of a Cyrillic text (А..я are 0xC0..0xFF; і, І, ї, є, ґ apart). */
function cp1251(text: string): Uint8Array {
  const special: Record<string, number> = { і: 0xb3, І: 0xb2, ї: 0xbf, Ї: 0xaf, є: 0xba, Є: 0xaa, ґ: 0xb4, Ґ: 0xa5, '’': 0x92 };
  return Uint8Array.from([...text].map((ch) => {
    if (special[ch] !== undefined) return special[ch];
    const code = ch.codePointAt(0)!;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code < 0x80) return code;
    throw new Error(`no 1251 byte for ${ch}`);
  }));
}

const LYSOHOR_CARD = ['BEGIN:VCARD', 'VERSION:3.0', 'N:Лисогор;Артем;;;', 'FN:Артем Лисогор', 'EMAIL;TYPE=work:a.lysohor@loga.gov.ua', 'END:VCARD', ''].join('\r\n');
const NEW_CARD = ['BEGIN:VCARD', 'VERSION:3.0', 'N:Коваленко;Оксана;;;', 'FN:Оксана Коваленко', 'ORG:Харківська міська рада', 'TEL;TYPE=cell:+380 67 123 45 67', 'END:VCARD', ''].join('\r\n');

const MERGE_ALL: ImportDecisions = { all: 'merge', byRow: {}, eventId: null };

async function sampleWorkspace(): Promise<{ workspace: Workspace; sessions: ImportSessions }> {
  const workspace = newWorkspace();
  await workspace.sample.load();
  return { workspace, sessions: createImportSessions(workspace.db) };
}

let nextId = 1;
async function ask(sessions: ImportSessions, request: ImportRequestBody): Promise<ImportResponse> {
  return sessions.handle({ ...request, id: nextId++ } as ImportRequest);
}

async function open(sessions: ImportSessions, fileName: string, bytes: Uint8Array, options = {}): Promise<ImportPreview> {
  const response = await ask(sessions, { kind: 'open', sessionId: `s-${nextId}`, fileName, bytes, options });
  if (!response.ok) throw new Error(`open failed: ${response.error.code}`);
  return response.value as ImportPreview;
}

async function errorCode(sessions: ImportSessions, fileName: string, bytes: Uint8Array): Promise<string> {
  const response = await ask(sessions, { kind: 'open', sessionId: 'bad', fileName, bytes, options: {} });
  if (response.ok) throw new Error(`${fileName} was accepted`);
  return response.error.code;
}

describe('detectFormat', () => {
  it('knows a vCard by its name or its first line, an XLSX by its zip header or name, and takes the rest as CSV', () => {
    expect(detectFormat('contacts.VCF', utf8('whatever'))).toBe('vcard');
    expect(detectFormat('export.txt', utf8('\uFEFF\r\nbegin:vcard\r\nVERSION:2.1'))).toBe('vcard');
    expect(detectFormat('agenda.bin', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('xlsx');
    expect(detectFormat('broken.xlsx', utf8('not a zip'))).toBe('xlsx');
    expect(detectFormat('people.csv', utf8('Name;Email'))).toBe('csv');
    expect(detectFormat('people', utf8('Name,Email'))).toBe('csv');
  });
});

describe('import sessions', () => {
  it('proposes "Лисогор Артем" from a vCard as a duplicate of the existing Artem Lysohor, by name', async () => {
    const { workspace, sessions } = await sampleWorkspace();
    const lysohor = (await workspace.db.contacts.toArray()).find((contact) => contact.familyName.en === 'Lysohor')!;
    const preview = await open(sessions, 'phone.vcf', utf8(LYSOHOR_CARD + NEW_CARD));

    expect(preview).toMatchObject({ fileName: 'phone.vcf', format: 'vcard', table: null, rejected: [] });
    expect(preview.duplicates).toHaveLength(1);
    const [duplicate] = preview.duplicates;
    expect(duplicate).toMatchObject({ row: 1, existingId: lysohor.id, incoming: { row: 1, emails: ['a.lysohor@loga.gov.ua'], photos: 0 } });
    expect(duplicate!.reasons).toContain('name');
    expect(duplicate!.existing.name).toEqual({ uk: 'Артем Лисогор', ru: 'Артем Лысогор', en: 'Artem Lysohor' });
    expect(duplicate!.existing.organizationName).toMatch(/Luhansk|Луган/);
    expect(preview.newContacts).toHaveLength(1);
    expect(preview.newContacts[0]).toMatchObject({ row: 2, organizationName: 'Харківська міська рада', phones: ['+380 67 123 45 67'] });
    expect(Object.values(preview.newContacts[0]!.name).filter(Boolean).length).toBeGreaterThan(0);
  });

  it('writes nothing on open; apply with merge gives Artem Lysohor the email, adds the new person, and closes the session', async () => {
    const { workspace, sessions } = await sampleWorkspace();
    const contactsBefore = await workspace.db.contacts.count();
    const preview = await open(sessions, 'phone.vcf', utf8(LYSOHOR_CARD + NEW_CARD));
    expect(await workspace.db.contacts.count()).toBe(contactsBefore);
    expect(sessions.size).toBe(1);

    const response = await ask(sessions, { kind: 'apply', sessionId: preview.sessionId, decisions: MERGE_ALL });
    expect(response.ok).toBe(true);
    const result = (response as { value: ImportResult }).value;
    expect(result).toMatchObject({ merged: 1, skipped: 0, added: { contacts: 1 } });
    expect(result.batchId).toBeTruthy();

    const lysohor = (await workspace.db.contacts.toArray()).find((contact) => contact.familyName.en === 'Lysohor')!;
    expect(lysohor.emails).toContain('a.lysohor@loga.gov.ua');
    expect(await workspace.db.contacts.count()).toBe(contactsBefore + 1);
    expect(await workspace.db.importBatches.get(result.batchId)).toMatchObject({ fileName: 'phone.vcf', format: 'vcard' });
    expect(sessions.size).toBe(0);
    const again = await ask(sessions, { kind: 'apply', sessionId: preview.sessionId, decisions: MERGE_ALL });
    expect(again).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('counts a skipped duplicate and leaves that contact as it was', async () => {
    const { workspace, sessions } = await sampleWorkspace();
    const preview = await open(sessions, 'phone.vcf', utf8(LYSOHOR_CARD));
    const response = await ask(sessions, { kind: 'apply', sessionId: preview.sessionId, decisions: { all: 'merge', byRow: { 1: 'skip' }, eventId: null } });
    expect(response).toMatchObject({ ok: true, value: { merged: 0, skipped: 1 } });
    const lysohor = (await workspace.db.contacts.toArray()).find((contact) => contact.familyName.en === 'Lysohor')!;
    expect(lysohor.emails).toEqual([]);
  });

  it('reads a Windows-1251 CSV, shows its table, and re-reads it with another mapping without the page sending it again', async () => {
    const { sessions } = await sampleWorkspace();
    const csv = 'Прізвище;Ім’я;Посада;Email\r\nКоваленко;Оксана;Радниця;o.kovalenko@example.org\r\nЛисогор;Артем;Голова;a.lysohor@loga.gov.ua\r\n';
    const preview = await open(sessions, 'учасники.csv', cp1251(csv));
    expect(preview.format).toBe('csv');
    expect(preview.table).toMatchObject({
      headers: ['Прізвище', 'Ім’я', 'Посада', 'Email'],
      rowCount: 2,
      layout: 'generic',
      encoding: 'windows-1251',
      delimiter: ';',
    });
    expect(preview.table!.sampleRows[0]).toEqual(['Коваленко', 'Оксана', 'Радниця', 'o.kovalenko@example.org']);
    expect(preview.table!.mapping).toHaveLength(4);
    expect(preview.newContacts.length + preview.duplicates.length).toBe(2);

    // The user says the email column is to be ignored: nobody has an email now.
    const mapping = [...preview.table!.mapping.slice(0, 3), 'ignore' as const];
    const response = await ask(sessions, { kind: 'reopen', sessionId: preview.sessionId, options: { mapping } });
    expect(response.ok).toBe(true);
    const remapped = (response as { value: ImportPreview }).value;
    expect(remapped.sessionId).toBe(preview.sessionId);
    expect(remapped.table!.mapping).toEqual(mapping);
    expect([...remapped.newContacts, ...remapped.duplicates.map((duplicate) => duplicate.incoming)].flatMap((person) => person.emails)).toEqual([]);
  });

  it('fits a mapping chosen for another separator to the table as read', async () => {
    const { sessions } = await sampleWorkspace();
    const preview = await open(sessions, 'people.csv', utf8('Name,Email\nJuliette Delbe,j.delbe@hautsdefrance.fr\n'));
    const response = await ask(sessions, { kind: 'reopen', sessionId: preview.sessionId, options: { mapping: ['fullName', 'email', 'phone', 'notes'] } });
    expect(response).toMatchObject({ ok: true, value: { table: { mapping: ['fullName', 'email'] } } });
  });

  it('reads an XLSX agenda: a table without encoding or separator', async () => {
    const { sessions } = await sampleWorkspace();
    const preview = await open(sessions, 'agenda.xlsx', await buildAgendaWorkbook());
    expect(preview.format).toBe('xlsx');
    expect(preview.table).toMatchObject({ encoding: null, delimiter: null });
    expect(preview.table!.rowCount).toBeGreaterThan(0);
  });

  it('answers a bad file with its error code, keeping no session', async () => {
    const { sessions } = await sampleWorkspace();
    expect(await errorCode(sessions, 'empty.vcf', new Uint8Array())).toBe('importEmpty');
    expect(await errorCode(sessions, 'photo.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toBe('importBinary');
    expect(await errorCode(sessions, 'broken.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('importUnreadable');
    expect(await errorCode(sessions, 'huge.csv', new Uint8Array(20 * 1024 * 1024 + 1))).toBe('importTooLarge');
    expect(await errorCode(sessions, 'notes.vcf', utf8('just some notes, no cards'))).toBe('importUnreadable');
    expect(sessions.size).toBe(0);
  });

  it('reports a forced encoding the bytes do not fit, and a session it no longer has', async () => {
    const { sessions } = await sampleWorkspace();
    const preview = await open(sessions, 'people.csv', cp1251('Прізвище;Ім’я\r\nКоваленко;Оксана\r\n'));
    const forced = await ask(sessions, { kind: 'reopen', sessionId: preview.sessionId, options: { encoding: 'utf-8' } });
    expect(forced).toMatchObject({ ok: false, error: { code: 'importEncoding' } });
    // The failed re-read leaves nothing to apply by mistake; the right encoding brings it back.
    expect(await ask(sessions, { kind: 'apply', sessionId: preview.sessionId, decisions: MERGE_ALL })).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await ask(sessions, { kind: 'reopen', sessionId: preview.sessionId, options: { encoding: 'windows-1251' } })).toMatchObject({ ok: true });
    expect(await ask(sessions, { kind: 'close', sessionId: preview.sessionId })).toMatchObject({ ok: true, value: null });
    expect(await ask(sessions, { kind: 'reopen', sessionId: preview.sessionId, options: {} })).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('reads the workspace once per session, however often the file is re-read', async () => {
    const { workspace, sessions } = await sampleWorkspace();
    const preview = await open(sessions, 'people.csv', utf8('Name,Email\nOksana Kovalenko,o.kovalenko@example.org\n'));
    // Someone with that email is added after the file was opened: the session's plan does not see them.
    await workspace.contacts.create({ ...emptyContactInput(), nameOriginal: 'O. Kovalenko', emails: ['o.kovalenko@example.org'] });
    const response = await ask(sessions, { kind: 'reopen', sessionId: preview.sessionId, options: {} });
    expect(response).toMatchObject({ ok: true, value: { duplicates: [] } });
    const fresh = await open(sessions, 'people.csv', utf8('Name,Email\nOksana Kovalenko,o.kovalenko@example.org\n'));
    expect(fresh.duplicates).toHaveLength(1);
  });
});

describe('errorData', () => {
  it('passes a user error on as its code and details, and turns anything else into "unexpected", logged', () => {
    expect(errorData(new AppError('importEmpty'))).toEqual({ code: 'importEmpty' });
    expect(errorData(new AppError('importTooManyRows', { rows: 60_000, limit: 50_000 }))).toEqual({ code: 'importTooManyRows', details: { rows: 60_000, limit: 50_000 } });
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(...args);
    try {
      expect(errorData(new TypeError('x is undefined'))).toEqual({ code: 'unexpected' });
    } finally {
      console.error = original;
    }
    expect(logged.some((item) => item instanceof TypeError)).toBe(true);
  });
});
