import { z } from 'zod';
import { SYNC_FAILURE_CODES } from '../outbox/retry-policy';

/**
 * Where exports are delivered: a WebDAV server (Nextcloud, ownCloud, Apache, rclone…) or, in
 * the desktop app, a local folder (often one that OneDrive or Dropbox syncs). The record kept in
 * IndexedDB never holds a password: that lives in the OS keychain through the shell (or, where
 * there is none, in memory for the session).
 */
export const SYNC_TARGET_KINDS = ['webdav', 'folder'] as const;
export type SyncTargetKind = (typeof SYNC_TARGET_KINDS)[number];

/** Where a target's password is kept: the OS keychain, memory until the app closes, or nowhere yet. */
export const CREDENTIAL_STORAGES = ['keychain', 'session', 'none'] as const;
export type CredentialStorage = (typeof CREDENTIAL_STORAGES)[number];

export const MAX_TARGET_URL_LENGTH = 2048;
export const MAX_TARGET_PATH_LENGTH = 4096;

/** An http(s) URL without credentials, query or fragment; the folder it names is the WebDAV root. */
export const webDavUrlSchema = z
  .string()
  .trim()
  .max(MAX_TARGET_URL_LENGTH)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, { error: 'syncTargetUrl' });

/** The outcome of the last "test connection" or delivery attempt, shown in Settings. */
export const targetCheckSchema = z.object({
  at: z.number().int().min(0),
  /** 'ok', or the failure's code (syncUnauthorized, syncNetwork…). */
  result: z.union([z.literal('ok'), z.enum(SYNC_FAILURE_CODES)]),
  httpStatus: z.number().int().optional(),
});
export type TargetCheck = z.infer<typeof targetCheckSchema>;

const targetBase = {
  id: z.string().min(1),
  /** The user's name for it ("Nextcloud of the regional administration"). */
  name: z.string().trim().min(1, { error: 'required' }).max(200),
  /** Folder under the target's root the exports go to, '/'-separated, '' for the root itself. */
  remoteFolder: z.string().trim().max(1000),
  createdAt: z.number().int().min(0),
  updatedAt: z.number().int().min(0),
  lastCheck: targetCheckSchema.nullable(),
};

export const webDavTargetSchema = z.object({
  ...targetBase,
  kind: z.literal('webdav'),
  baseUrl: webDavUrlSchema,
  username: z.string().trim().min(1, { error: 'required' }).max(256),
});

export const folderTargetSchema = z.object({
  ...targetBase,
  kind: z.literal('folder'),
  /** Absolute path the user picked with the OS folder dialog. */
  folderPath: z.string().min(1).max(MAX_TARGET_PATH_LENGTH),
});

export const syncTargetSchema = z.discriminatedUnion('kind', [webDavTargetSchema, folderTargetSchema]);
export type SyncTarget = z.infer<typeof syncTargetSchema>;
export type WebDavTarget = z.infer<typeof webDavTargetSchema>;
export type FolderTarget = z.infer<typeof folderTargetSchema>;

/**
 * What the delivering side (the shell's main process, or the web build itself) needs to reach a
 * target. Credentials are bound to the URL: configuring a target with another URL and no
 * password forgets the password kept for it, so a changed URL never receives the old one.
 */
export const targetConnectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('webdav'),
    id: z.string().min(1).max(64),
    baseUrl: webDavUrlSchema,
    username: z.string().min(1).max(256),
    /** Absent: keep the password already kept for this id and URL (if any). */
    password: z.string().min(1).max(1024).optional(),
  }),
  z.strictObject({
    kind: z.literal('folder'),
    id: z.string().min(1).max(64),
    /** Must be a folder the user picked with the shell's dialog (main refuses any other). */
    folderPath: z.string().min(1).max(MAX_TARGET_PATH_LENGTH),
  }),
]);
export type TargetConnection = z.infer<typeof targetConnectionSchema>;

export function connectionOf(target: SyncTarget, password?: string): TargetConnection {
  return target.kind === 'webdav'
    ? { kind: 'webdav', id: target.id, baseUrl: target.baseUrl, username: target.username, ...(password ? { password } : {}) }
    : { kind: 'folder', id: target.id, folderPath: target.folderPath };
}
