import { describe, expect, it } from 'vitest';
import { fieldIssues } from '#shared/domain/validation';
import type { SyncTarget } from '#shared/sync/sync-target';
import { DEFAULT_REMOTE_FOLDER, emptyTargetForm, formValuesOf, targetFieldsOf, targetFormSchema, typedPassword, type TargetFormValues } from './target-form';

const filled: TargetFormValues = {
  ...emptyTargetForm(),
  name: ' Nextcloud ',
  baseUrl: ' https://cloud.example.org/remote.php/dav/files/olena/ ',
  username: 'olena',
  password: 'app-pass',
};

function issues(values: TargetFormValues, passwordRequired = true) {
  const result = targetFormSchema(passwordRequired).safeParse(values);
  return result.success ? [] : fieldIssues(result.error);
}

describe('the sync target form', () => {
  it('starts a new target in the "Delegation Desk" folder', () => {
    expect(emptyTargetForm()).toMatchObject({ kind: 'webdav', remoteFolder: DEFAULT_REMOTE_FOLDER, password: '' });
  });

  it('accepts a complete WebDAV target and gives the repository trimmed fields without the password', () => {
    expect(issues(filled)).toEqual([]);
    expect(targetFieldsOf(filled)).toEqual({
      kind: 'webdav',
      name: 'Nextcloud',
      baseUrl: 'https://cloud.example.org/remote.php/dav/files/olena/',
      username: 'olena',
      remoteFolder: DEFAULT_REMOTE_FOLDER,
    });
    expect(typedPassword(filled)).toBe('app-pass');
  });

  it('names each missing or wrong field with its translation key', () => {
    expect(issues({ ...emptyTargetForm(), remoteFolder: 'Звіти/../інше' })).toEqual([
      { path: 'name', code: 'required' },
      { path: 'baseUrl', code: 'required' },
      { path: 'username', code: 'required' },
      { path: 'password', code: 'passwordRequired' },
      { path: 'remoteFolder', code: 'remoteFolder' },
    ]);
    expect(issues({ ...filled, baseUrl: 'ftp://cloud.example.org/' })).toEqual([{ path: 'baseUrl', code: 'syncTargetUrl' }]);
    expect(issues({ ...filled, baseUrl: 'https://olena:secret@cloud.example.org/' })).toEqual([{ path: 'baseUrl', code: 'syncTargetUrl' }]);
    expect(issues({ ...filled, name: 'x'.repeat(201) })).toEqual([{ path: 'name', code: 'tooLong' }]);
  });

  it('lets an edit leave the password empty to keep the kept one', () => {
    const edit = { ...filled, password: '' };
    expect(issues(edit, false)).toEqual([]);
    expect(typedPassword(edit)).toBeUndefined();
  });

  it('refuses the folder names the repository would refuse, after trimming each one', () => {
    expect(issues({ ...filled, remoteFolder: ' . ' })).toEqual([{ path: 'remoteFolder', code: 'remoteFolder' }]);
    expect(issues({ ...filled, remoteFolder: 'a\\b' })).toEqual([{ path: 'remoteFolder', code: 'remoteFolder' }]);
    expect(issues({ ...filled, remoteFolder: '' })).toEqual([]);
    expect(issues({ ...filled, remoteFolder: 'Делегація / 2026' })).toEqual([]);
  });

  it('needs a chosen folder for a local-folder target, and no address or password', () => {
    const folder: TargetFormValues = { ...emptyTargetForm('folder'), name: 'OneDrive' };
    expect(issues(folder)).toEqual([{ path: 'folderPath', code: 'folderRequired' }]);
    const chosen = { ...folder, folderPath: '/home/olena/OneDrive/Delegation' };
    expect(issues(chosen)).toEqual([]);
    expect(targetFieldsOf(chosen)).toEqual({ kind: 'folder', name: 'OneDrive', folderPath: '/home/olena/OneDrive/Delegation', remoteFolder: DEFAULT_REMOTE_FOLDER });
  });

  it('fills the dialog from a stored target, with no password', () => {
    const target: SyncTarget = {
      id: 't1',
      kind: 'webdav',
      name: 'Nextcloud',
      baseUrl: 'https://cloud.example.org/dav/',
      username: 'olena',
      remoteFolder: 'Звіти',
      createdAt: 1,
      updatedAt: 1,
      lastCheck: null,
    };
    expect(formValuesOf(target)).toEqual({ ...emptyTargetForm(), name: 'Nextcloud', baseUrl: 'https://cloud.example.org/dav/', username: 'olena', remoteFolder: 'Звіти' });
  });
});
