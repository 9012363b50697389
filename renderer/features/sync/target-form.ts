import { z } from 'zod';
import { pathSegments } from '#shared/outbox/remote-path';
import { webDavUrlSchema, type SyncTarget, type SyncTargetKind } from '#shared/sync/sync-target';
import type { SyncTargetInput } from '../../data/sync-target-repository';

/** Where exports go inside a new target unless the user says otherwise: one folder, easy to find. */
export const DEFAULT_REMOTE_FOLDER = 'Delegation Desk';

/** Everything the add/edit dialog edits, for both kinds; the fields of the other kind are ignored. */
export interface TargetFormValues {
  kind: SyncTargetKind;
  name: string;
  baseUrl: string;
  username: string;
  /** Never stored in the record; empty on edit keeps the password the shell already keeps. */
  password: string;
  folderPath: string;
  remoteFolder: string;
}

export function emptyTargetForm(kind: SyncTargetKind = 'webdav'): TargetFormValues {
  return { kind, name: '', baseUrl: '', username: '', password: '', folderPath: '', remoteFolder: DEFAULT_REMOTE_FOLDER };
}

export function formValuesOf(target: SyncTarget): TargetFormValues {
  return target.kind === 'webdav'
    ? { ...emptyTargetForm('webdav'), name: target.name, baseUrl: target.baseUrl, username: target.username, remoteFolder: target.remoteFolder }
    : { ...emptyTargetForm('folder'), name: target.name, folderPath: target.folderPath, remoteFolder: target.remoteFolder };
}

/** Whether the repository will take the folder: it trims each segment, then refuses '.', '..', a backslash or control characters. */
function validFolder(value: string): boolean {
  try {
    pathSegments(
      value
        .split('/')
        .map((segment) => segment.trim())
        .join('/'),
    );
    return true;
  } catch {
    return false;
  }
}

const name = z.string().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' });
const remoteFolder = z.string().trim().max(1000, { error: 'tooLong' }).refine(validFolder, { error: 'remoteFolder' });

/**
 * The dialog's checks, with the translation keys (validation namespace) as messages. A password
 * is required when nothing is kept for the target yet: a new WebDAV target, or one whose
 * password the shell no longer holds.
 */
export function targetFormSchema(passwordRequired: boolean) {
  const webdav = z.object({
    kind: z.literal('webdav'),
    name,
    // An empty address is "required" rather than "not a valid address".
    baseUrl: z.string().trim().min(1, { error: 'required' }).pipe(webDavUrlSchema),
    username: z.string().trim().min(1, { error: 'required' }).max(256, { error: 'tooLong' }),
    password: passwordRequired ? z.string().min(1, { error: 'passwordRequired' }).max(1024, { error: 'tooLong' }) : z.string().max(1024, { error: 'tooLong' }),
    remoteFolder,
  });
  const folder = z.object({
    kind: z.literal('folder'),
    name,
    folderPath: z.string().min(1, { error: 'folderRequired' }),
    remoteFolder,
  });
  return z.discriminatedUnion('kind', [webdav, folder]);
}

/** The record's fields from the dialog (the repository normalizes the folder). */
export function targetFieldsOf(values: TargetFormValues): SyncTargetInput {
  const remoteFolder = values.remoteFolder.trim();
  return values.kind === 'webdav'
    ? { kind: 'webdav', name: values.name.trim(), baseUrl: values.baseUrl.trim(), username: values.username.trim(), remoteFolder }
    : { kind: 'folder', name: values.name.trim(), folderPath: values.folderPath, remoteFolder };
}

/** The password to hand to the shell: only one the user typed (an empty field keeps the kept one). */
export function typedPassword(values: TargetFormValues): string | undefined {
  return values.kind === 'webdav' && values.password !== '' ? values.password : undefined;
}
