// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { emptyContactInput, type Contact, type ContactInput } from '#shared/domain/contact';
import { newRecordId } from '#shared/domain/ids';
import type { ParsedImport } from '#shared/import/import-source';
import { planImport } from '#shared/import/plan-import';
import { resolveImport } from '#shared/import/resolve-import';
import type { Workspace } from '../../data/workspace';
import { waitFor } from '../../test-support/render';
import { button, click, waitForText } from '../sync/sync-test-harness';
import { csvFile, csvPreview, fakeImportClient, importHarness, pickFile, type ImportHarness } from './import-test-harness';

const mount = importHarness();
let harness: ImportHarness | null = null;

afterEach(async () => {
  await harness?.mounted.unmount();
  harness = null;
});

const loc = (uk: string, en = '') => ({ uk, ru: '', en });
const person = (row: number, contact: Partial<ContactInput>, organizationName = '') => ({ row, contact: { ...emptyContactInput(), ...contact }, organizationName, photos: [] });

/** Through the real planner and repository: Лисогор Артем merged into the sample's Artem Lysohor, plus one new person and organization. */
async function importPhoneFile(workspace: Workspace) {
  const parsed: ParsedImport = {
    format: 'vcard',
    fileName: 'phone.vcf',
    contacts: [
      person(1, { familyName: loc('Лисогор'), givenName: loc('Артем'), emails: ['a.lysohor@loga.gov.ua'] }),
      person(2, { familyName: loc('Коваленко', 'Kovalenko'), givenName: loc('Олена', 'Olena') }, 'Kharkiv Chamber of Commerce'),
    ],
    meetings: [],
    rejected: [],
  };
  const plan = planImport(parsed, await workspace.imports.loadExisting());
  return workspace.imports.apply(resolveImport(plan, { all: 'merge', byRow: {}, eventId: null }, () => newRecordId()), { fileName: 'phone.vcf', format: 'vcard' });
}

const historyRow = (fileName: string) => {
  const found = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-batch]')].find((row) => row.cells[1]?.textContent === fileName);
  if (!found) throw new Error(`no history row for ${fileName}`);
  return found;
};

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');

describe('the history of imports', { timeout: 20_000 }, () => {
  it('lists what each import did, and undoes one after saying exactly what goes and what comes back', async () => {
    let artemBefore: Contact | undefined;
    harness = await mount(fakeImportClient(), 'en', async (workspace) => {
      await workspace.sample.load();
      artemBefore = (await workspace.contacts.listLive()).find((contact) => contact.familyName.en === 'Lysohor');
      await importPhoneFile(workspace);
    });
    const { workspace } = harness;

    await waitFor(() => expect(historyRow('phone.vcf').cells[2]?.textContent).toBe('Added 1 contact and 1 organization. Merged 1 contact.'));
    await click(button('Undo import of “phone.vcf”'));
    await waitFor(() => expect(dialog()?.textContent).toContain('Undo this import?'));
    expect(dialog()!.textContent).toContain('Removes what it added: 1 contact and 1 organization.');
    expect(dialog()!.textContent).toContain('Restores 1 merged contact to how it was before the import: Artem Lysohor.');

    await click(button('Undo import'));
    await waitFor(() => expect(historyRow('phone.vcf').cells[3]?.textContent).toMatch(/^Undone on /));
    const live = await workspace.contacts.listLive();
    expect(live.some((contact) => contact.familyName.en === 'Kovalenko')).toBe(false);
    expect(live.find((contact) => contact.id === artemBefore!.id)?.emails).toEqual(artemBefore!.emails);
  });

  it('offers to undo the import it just finished, right in its notice', async () => {
    let workspace: Workspace | null = null;
    const client = fakeImportClient({
      open: async () => csvPreview(),
      apply: async () => {
        const batch = await importPhoneFile(workspace!);
        return { batchId: batch.id, added: { contacts: 1, organizations: 1, meetings: 0, attachments: 0 }, merged: 1, skipped: 0 };
      },
    });
    harness = await mount(client, 'en', (seeded) => seeded.sample.load().then(() => undefined));
    workspace = harness.workspace;
    await pickFile(csvFile());
    await waitFor(() => expect(document.querySelector('[role="tab"]')).not.toBeNull());
    await click(button('Import'));
    await waitForText('Imported: 1 contact and 1 organization. Merged 1 contact.');

    const notice = [...document.querySelectorAll<HTMLElement>('[role="alert"]')].find((node) => node.textContent?.includes('Import finished'))!;
    const undo = await waitFor(() => [...notice.querySelectorAll('button')].find((node) => node.textContent === 'Undo import')!);
    await click(undo);
    await waitFor(() => expect(dialog()?.textContent).toContain('“phone.vcf”, imported on'));
    await click([...dialog()!.querySelectorAll('button')].find((node) => node.textContent === 'Undo import')!);
    await waitFor(() => expect(historyRow('phone.vcf').cells[3]?.textContent).toMatch(/^Undone on /));
    // An undone import cannot be undone again: its notice no longer offers it.
    expect([...notice.querySelectorAll('button')].map((node) => node.textContent)).not.toContain('Undo import');
  });
});
