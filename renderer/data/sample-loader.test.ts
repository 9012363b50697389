import { describe, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { SAMPLE_CONTACTS, SAMPLE_ORGANIZATIONS } from '#shared/sample/sample-workspace';
import type { Workspace } from './workspace';
import { TEST_START, testWorkspaces } from './test-workspaces';

const START = TEST_START;
const fakeNow = () => START;
const openWorkspace = testWorkspaces();

function newWorkspace(): Workspace {
  return openWorkspace(fakeNow);
}

describe('sample loader', () => {
  it('loads every sample organization and contact with their links resolved', async () => {
    const { sample, contacts, organizations } = newWorkspace();
    expect(await sample.isWorkspaceEmpty()).toBe(true);

    const counts = await sample.load();

    expect(counts).toEqual({ organizations: SAMPLE_ORGANIZATIONS.length, contacts: SAMPLE_CONTACTS.length });
    const storedOrganizations = await organizations.listLive();
    const storedContacts = await contacts.listLive();
    expect(storedOrganizations).toHaveLength(SAMPLE_ORGANIZATIONS.length);
    expect(storedContacts).toHaveLength(SAMPLE_CONTACTS.length);
    expect(await sample.isWorkspaceEmpty()).toBe(false);

    // Artem Lysohor works at the Luhansk regional military administration.
    const lysohor = storedContacts.find((c) => c.familyName.en === 'Lysohor');
    expect(lysohor?.organizationId).toEqual(expect.any(String));
    const employer = await organizations.get(lysohor!.organizationId!);
    expect(employer?.name.en).toMatch(/Luhansk/);
    expect((await contacts.listByOrganization(employer!.id)).map((c) => c.id)).toContain(lysohor!.id);
  });

  it('resolves every organizationKey and parentKey to the matching stored record', async () => {
    const { sample, contacts, organizations } = newWorkspace();
    await sample.load();
    const storedOrganizations = await organizations.listLive();
    const storedContacts = await contacts.listLive();

    // Samples are matched to stored records by their (unique) primary name.
    const orgByName = new Map(storedOrganizations.map((o) => [o.name.uk + '|' + o.nameOriginal, o]));
    const keyToId = new Map<string, string>();
    for (const s of SAMPLE_ORGANIZATIONS) {
      const stored = orgByName.get(s.input.name.uk.trim() + '|' + s.input.nameOriginal.trim());
      expect(stored, s.key).toBeDefined();
      keyToId.set(s.key, stored!.id);
    }
    expect(new Set(keyToId.values()).size).toBe(SAMPLE_ORGANIZATIONS.length);

    for (const s of SAMPLE_ORGANIZATIONS) {
      const stored = storedOrganizations.find((o) => o.id === keyToId.get(s.key));
      expect(stored?.parentId, s.key).toBe(s.parentKey ? keyToId.get(s.parentKey) : null);
    }
    for (const s of SAMPLE_CONTACTS) {
      const matches = storedContacts.filter(
        (c) => c.familyName.uk === s.input.familyName.uk.trim() && c.givenName.uk === s.input.givenName.uk.trim(),
      );
      expect(matches, s.key).toHaveLength(1);
      expect(matches[0].organizationId, s.key).toBe(s.organizationKey ? keyToId.get(s.organizationKey) : null);
    }
  });

  it('reports a workspace with only trashed records as not empty', async () => {
    const { sample, contacts } = newWorkspace();
    const created = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe' });
    expect(await sample.isWorkspaceEmpty()).toBe(false);
    await contacts.moveToTrash([created.id]);
    expect(await sample.isWorkspaceEmpty()).toBe(false);
  });
});
