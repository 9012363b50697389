import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import type { BackupContents } from './backup-format';
import { upgradeContents } from './upgrade-contents';

const v2Contents = (): BackupContents => ({
  tables: {
    contacts: [
      { id: 'c1', givenName: { uk: 'Артем', ru: 'Артем', en: 'Artem' } },
      { id: 'c2', ourStaff: true },
    ],
    meetings: [{ id: 'm1' }],
  },
  attachmentBytes: {},
  settings: {},
});

describe('upgradeContents', () => {
  it('gives contacts from before version 3 ourStaff false, keeping an explicit value', () => {
    const upgraded = upgradeContents(v2Contents(), 2, 6);
    expect(upgraded.tables.contacts).toEqual([
      { id: 'c1', givenName: { uk: 'Артем', ru: 'Артем', en: 'Artem' }, ourStaff: false },
      { id: 'c2', ourStaff: true },
    ]);
    // Tables that did not exist then stay absent; others pass through untouched.
    expect(upgraded.tables.agreements).toBeUndefined();
    expect(upgraded.tables.meetings).toEqual([{ id: 'm1' }]);
  });

  it('leaves its input as it was', () => {
    const contents = v2Contents();
    upgradeContents(contents, 2, 6);
    expect(contents).toEqual(v2Contents());
  });

  it('does not run steps the file already had', () => {
    const upgraded = upgradeContents(v2Contents(), 3, 6);
    expect((upgraded.tables.contacts?.[0] as { ourStaff?: boolean }).ourStaff).toBeUndefined();
  });

  it('refuses to go from a newer schema to an older one', () => {
    expect(() => upgradeContents(v2Contents(), 7, 6)).toThrow(expect.objectContaining({ code: 'backupNewerSchema', details: { found: 7, supported: 6 } }) as AppError);
  });
});
