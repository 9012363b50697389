// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '#shared/errors/app-error';
import { MAX_IMPORT_BYTES } from '#shared/import/import-source';
import { waitFor } from '../../test-support/render';
import { button, click, text, waitForText } from '../sync/sync-test-harness';
import { csvFile, csvPreview, fakeImportClient, importHarness, pickFile, type ImportHarness } from './import-test-harness';
import { REOPEN_DELAY_MS } from './use-import-session';

const mount = importHarness();
let harness: ImportHarness | null = null;

afterEach(async () => {
  await harness?.mounted.unmount();
  harness = null;
});

/** Opens a Mantine select by its label and picks the option the user reads. */
async function choose(input: HTMLInputElement, option: string) {
  await click(input);
  const found = await waitFor(() => {
    const match = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((node) => node.textContent === option);
    if (!match) throw new Error(`no option “${option}”`);
    return match;
  });
  await click(found);
}

const byLabel = (label: string) => {
  const input = document.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
  if (!input) throw new Error(`no input “${label}”`);
  return input;
};

/** The field select of the Encoding / Separator pair, found by its visible label. */
function labelled(label: string): HTMLInputElement {
  const found = [...document.querySelectorAll('label')].find((node) => node.textContent === label);
  const input = found ? document.getElementById(found.htmlFor) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`no field “${label}”`);
  return input;
}

const tab = (name: string) => {
  const found = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((node) => node.textContent === name);
  if (!found) throw new Error(`no tab “${name}”`);
  return found;
};

const decisionRadio = (row: number, decision: string) => {
  const found = document.querySelector<HTMLInputElement>(`tr[data-row="${row}"] input[value="${decision}"]`);
  if (!found) throw new Error(`no ${decision} for row ${row}`);
  return found;
};

async function openCsv(client = fakeImportClient(), language: 'en' | 'uk' | 'ru' = 'en') {
  harness = await mount(client, language);
  await pickFile(csvFile());
  await waitFor(() => expect(document.querySelector('[role="tab"]')).not.toBeNull());
  return harness;
}

describe('the Import page', { timeout: 20_000 }, () => {
  it('says which formats it reads and how large a file may be', async () => {
    harness = await mount(fakeImportClient());
    expect(text()).toContain('vCard 2.1, 3.0 and 4.0 (.vcf) from Android, iPhone, Outlook, Google and Thunderbird');
    expect(text()).toContain('CSV from Google Contacts and Outlook');
    expect(text()).toContain('Excel participant lists and matchmaking agendas (.xlsx)');
    expect(text()).toContain('Files up to 20 MB and 50,000 rows.');
    await waitForText('No imports yet.');
  });

  it('reads the chosen file and previews it with counts in the right plural forms', async () => {
    const { client } = await openCsv();
    expect(client.opened).toEqual([{ fileName: 'partners.csv', size: 18, options: undefined }]);
    expect([...document.querySelectorAll('[role="tab"]')].map((node) => node.textContent)).toEqual([
      '2 probable duplicates',
      '2 new contacts',
      '1 row rejected',
    ]);
    // Duplicates first: the incoming person beside the existing one, with the reasons.
    const row = document.querySelector('tr[data-row="1"]')!;
    expect(row.textContent).toContain('Artem Lysohor');
    expect(row.textContent).toContain('Luhansk Regional Military Administration');
    expect(row.textContent).toContain('same name across scripts');
    expect(document.querySelector('tr[data-row="4"]')!.textContent).toContain('same phone');
    expect(decisionRadio(1, 'merge').checked).toBe(true);
    expect(text()).toContain('Columns matched by their headers');
    expect(text()).toContain('Read as Windows-1251 (Cyrillic)');

    await click(tab('1 row rejected'));
    await waitForText('No name and no organization.');
    await click(tab('2 new contacts'));
    await waitForText('Olena Kovalenko');
  });

  it('declines the counts in Ukrainian', async () => {
    await openCsv(fakeImportClient(), 'uk');
    expect([...document.querySelectorAll('[role="tab"]')].map((node) => node.textContent)).toEqual([
      '2 ймовірні дублікати',
      '2 нові контакти',
      '1 рядок відхилено',
    ]);
    // The incoming name shows in the UI language's spelling.
    expect(document.querySelector('tr[data-row="1"]')!.textContent).toContain('Артем Лисогор');
  });

  it('re-reads the file with the mapping the user chose, and the preview follows', async () => {
    const client = fakeImportClient({
      reopen: async (options) =>
        csvPreview({ newOrganizationNames: options.mapping?.[2] === 'organization' ? ['ЛОВА', 'Région Hauts-de-France'] : [] }),
    });
    await openCsv(client);
    // A file of unknown shape shows its mapping straight away.
    expect(button('Hide the columns')).toBeDefined();
    const firma = byLabel('Imported as, for column “Firma”');
    expect(firma.value).toBe('Not imported');
    expect(document.querySelector('tr[data-column="2"]')!.textContent).toContain('ЛОВА · Région Hauts-de-France');

    await choose(firma, 'Organization');
    await waitFor(() => expect(client.reopened).toEqual([{ sessionId: 'session-1', options: { mapping: ['fullName', 'email', 'organization'] } }]), REOPEN_DELAY_MS * 8);
    await waitFor(() => expect(tab('2 new organizations')).toBeDefined());
    await click(tab('2 new organizations'));
    await waitForText('Région Hauts-de-France');

    // Another encoding: the headers may read differently, so the reader matches them afresh.
    await choose(labelled('Encoding'), 'UTF-8');
    await waitFor(() => expect(client.reopened.at(-1)).toEqual({ sessionId: 'session-1', options: { encoding: 'utf-8', mapping: undefined } }), REOPEN_DELAY_MS * 8);
  });

  it('passes the choice for all and the choices per row to the import', async () => {
    const client = fakeImportClient();
    await openCsv(client);
    await click(button('Skip: every duplicate'));
    expect(decisionRadio(1, 'skip').checked).toBe(true);
    expect(decisionRadio(4, 'skip').checked).toBe(true);
    await click(decisionRadio(4, 'keepBoth'));
    expect(decisionRadio(4, 'keepBoth').checked).toBe(true);

    await click(button('Import'));
    await waitFor(() => expect(client.applied).toHaveLength(1));
    expect(client.applied[0]).toEqual({ sessionId: 'session-1', decisions: { all: 'skip', byRow: { 4: 'keepBoth' }, eventId: null } });
    await waitForText('Imported: 2 contacts and 1 organization. Merged 1 contact. Skipped 1.');
    // The preview is gone and a new file can be chosen.
    expect(document.querySelector('[role="tab"]')).toBeNull();
    expect(button('Choose a file…')).toBeDefined();
  });

  it('merges by default, and says there is nothing to import when every duplicate is skipped', async () => {
    const client = fakeImportClient({ open: async () => csvPreview({ newContacts: [], rejected: [] }) });
    await openCsv(client);
    await click(button('Skip: every duplicate'));
    expect(button('Import').disabled).toBe(true);
    await waitForText('Nothing to import: every duplicate is skipped.');
    await click(button('Merge: every duplicate'));
    await click(button('Import'));
    await waitFor(() => expect(client.applied[0]?.decisions).toEqual({ all: 'merge', byRow: {}, eventId: null }));
  });

  it('shows why a file cannot be read, with sizes in the UI language, and writes nothing', async () => {
    const client = fakeImportClient({
      open: async () => {
        throw new AppError('importTooLarge', { size: 25 * 1024 * 1024, limit: MAX_IMPORT_BYTES });
      },
    });
    harness = await mount(client);
    await pickFile(csvFile('huge.csv'));
    await waitForText('The file is too large to import (25 MB; at most 20 MB). Split it into smaller files.');
    expect(text()).toContain('“huge.csv” cannot be imported');
    expect(client.applied).toEqual([]);
    // The picker is back for another file.
    expect(button('Choose a file…')).toBeDefined();
  });

  it('translates every read error, in Russian too', async () => {
    const errors = [new AppError('importBinary'), new AppError('importTooManyRows', { rows: 60000, limit: 50000 })];
    const client = fakeImportClient({
      open: async () => {
        throw errors.shift()!;
      },
    });
    harness = await mount(client, 'ru');
    await pickFile(csvFile('photo.csv'));
    await waitForText('Это не текстовый файл контактов.');
    await pickFile(csvFile('big.csv'));
    await waitFor(() => expect(text()).toMatch(/В файле слишком много строк \(60\s000; не более 50\s000\)/u));
  });

  it('refuses a file over the cap without reading it', async () => {
    const client = fakeImportClient();
    harness = await mount(client);
    const file = csvFile('backup.csv');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    await pickFile(file);
    await waitForText('The file is too large to import');
    expect(client.opened).toEqual([]);
  });

  it('keeps the columns when another encoding cannot read the file, and imports nothing until it can', async () => {
    const client = fakeImportClient({
      reopen: async () => {
        throw new AppError('importEncoding', { encoding: 'UTF-8' });
      },
    });
    await openCsv(client);
    await choose(labelled('Encoding'), 'UTF-8');
    await waitForText("The file's text could not be read in the UTF-8 encoding. Choose another encoding.");
    expect(labelled('Encoding').value).toBe('UTF-8');
    expect(document.querySelector('[role="tab"]')).toBeNull();
  });

  it('asks for the event before importing meetings', async () => {
    const meeting = { row: 2, title: 'B2B', date: '2026-06-11', startTime: '10:00', endTime: '10:30', place: 'Table 7', contactRow: 2, person: { name: { uk: '', ru: '', en: 'Olena Kovalenko' }, nameOriginal: '' }, organizationName: 'ЛОВА' };
    const client = fakeImportClient({ open: async () => csvPreview({ meetings: [meeting] }) });
    await openCsv(client);
    await click(button('Import'));
    await waitForText('Choose the event before importing the meetings.');
    expect(client.applied).toEqual([]);
    expect(text()).toContain('Olena Kovalenko, ЛОВА');
  });

  it('closes the session when the user cancels', async () => {
    const client = fakeImportClient();
    await openCsv(client);
    await click(button('Close the file without importing'));
    expect(client.closed).toEqual(['session-1']);
    expect(document.querySelector('[role="tab"]')).toBeNull();
  });
});
