import { z } from 'zod';
import type { Result } from '../errors/app-error';
import { SYNC_FAILURE_CODES } from '../outbox/retry-policy';
import { CREDENTIAL_STORAGES, targetConnectionSchema } from '../sync/sync-target';

/**
 * The one IPC contract between the renderer and the Electron main process.
 *
 * Every channel is declared once: the zod schema of its single request argument (validated
 * in main, because the renderer is never trusted), the zod schema of its response value
 * (documents the shape and drives the types; main is trusted, so it is not re-validated),
 * and the name of the bridge method that calls it. Both processes import only this file.
 */

export const appInfoSchema = z.object({
  version: z.string(),
  /** `process.platform` of the main process: 'win32' | 'darwin' | 'linux' in practice. */
  platform: z.string(),
  /** The UI locale Chromium picked from the OS, e.g. 'uk', 'en-US'. */
  locale: z.string(),
  isPackaged: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Long enough for any real link; short enough that the OS shell never sees a giant string. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/** What OS notification centres show in full; longer text would be cut there anyway. */
export const MAX_NOTIFICATION_TITLE_LENGTH = 200;
export const MAX_NOTIFICATION_BODY_LENGTH = 1000;

export const desktopNotificationSchema = z.strictObject({
  title: z.string().min(1).max(MAX_NOTIFICATION_TITLE_LENGTH),
  body: z.string().max(MAX_NOTIFICATION_BODY_LENGTH),
});
export type DesktopNotification = z.infer<typeof desktopNotificationSchema>;

/** Room for any attachment or generated document, with a bound on what main must hold. */
export const MAX_SAVED_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 255;

export const fileToSaveSchema = z.strictObject({
  /** Suggested name only: main makes it safe, and the user picks the folder and final name. */
  name: z.string().min(1).max(MAX_FILE_NAME_LENGTH),
  mimeType: z.string().max(255),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVED_FILE_BYTES, { error: 'fileTooLarge' }),
});
export type FileToSaveRequest = z.infer<typeof fileToSaveSchema>;

export const pdfPrintRequestSchema = z.strictObject({
  /** Used where the page's print stylesheet sets no page size of its own. */
  landscape: z.boolean(),
});
export type PdfPrintRequest = z.infer<typeof pdfPrintRequestSchema>;

export const printedPdfSchema = z.object({ bytes: z.instanceof(Uint8Array) });
export type PrintedPdf = z.infer<typeof printedPdfSchema>;

export const targetIdSchema = z.strictObject({ targetId: z.string().min(1).max(64) });

/** What a target kept for a connection: where its password is, and whether the shell knows the target at all. */
export const targetStatusSchema = z.object({
  known: z.boolean(),
  credentials: z.enum(CREDENTIAL_STORAGES),
});
export type TargetStatus = z.infer<typeof targetStatusSchema>;

/** A delivery failure as data (shared/outbox/webdav-http Failure). */
export const syncFailureSchema = z.object({
  kind: z.literal('failed'),
  code: z.enum(SYNC_FAILURE_CODES),
  httpStatus: z.number().int().optional(),
});

export const probeRequestSchema = z.strictObject({
  targetId: z.string().min(1).max(64),
  /** Folder under the target's root to look at, '/'-separated; '' for the root. */
  folder: z.string().max(1000),
});

export const probeResultSchema = z.union([z.object({ ok: z.literal(true) }), syncFailureSchema]);

/** Files one sync:put may carry (the outbox sends a few small ones per call: DEFAULT_DELIVERY_BATCH). */
export const MAX_SYNC_PUT_FILES = 64;

const syncPutFileSchema = z.strictObject({
  /** Decoded path under the target's root ('Delegation Desk/Звіт.docx'); checked again in main. */
  path: z.string().min(1).max(2000),
  bytes: z.instanceof(Uint8Array),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  replacePartial: z.boolean(),
  mimeType: z.string().max(255),
});

export const syncPutRequestSchema = z.strictObject({
  targetId: z.string().min(1).max(64),
  /** Sent in this order; main stops after the first failure (shared/outbox/put-in-order.ts). */
  files: z
    .array(syncPutFileSchema)
    .min(1)
    .max(MAX_SYNC_PUT_FILES)
    .refine((files) => files.reduce((sum, file) => sum + file.bytes.byteLength, 0) <= MAX_SAVED_FILE_BYTES, { error: 'fileTooLarge' }),
});

export const putOutcomeSchema = z.union([
  z.object({ kind: z.literal('delivered') }),
  z.object({ kind: z.literal('alreadyThere') }),
  z.object({ kind: z.literal('conflict') }),
  syncFailureSchema,
]);

/**
 * Automatic backups (issue 7): the only names the shell writes or deletes in the backup folder,
 * `delegation-desk-auto-YYYY-MM-DD-HHmmss.ddbackup` in the computer's local time. Anything else
 * there (the user's own files, manual backups) is never touched.
 */
export const AUTO_BACKUP_FILE_NAME = /^delegation-desk-auto-\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])-([01]\d|2[0-3])[0-5]\d[0-5]\d\.ddbackup$/;

/** How many automatic backups the folder may keep at most. */
export const MAX_KEPT_AUTO_BACKUPS = 100;

/** A whole workspace with its attachments can outgrow a single saved file; still a bound main can hold. */
export const MAX_AUTO_BACKUP_BYTES = 1024 * 1024 * 1024;

export const autoBackupFileSchema = z.object({
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Last modification time, epoch ms. */
  modifiedAt: z.number(),
});
export type AutoBackupFile = z.infer<typeof autoBackupFileSchema>;

/** The backup folder as the shell sees it now; `files` are the automatic backups there, newest first. */
export const backupFolderStatusSchema = z.object({
  folderPath: z.string().nullable(),
  state: z.enum(['notChosen', 'ready', 'missing', 'notWritable']),
  files: z.array(autoBackupFileSchema),
});
export type BackupFolderStatus = z.infer<typeof backupFolderStatusSchema>;

export const writeAutoBackupRequestSchema = z.strictObject({
  fileName: z.string().regex(AUTO_BACKUP_FILE_NAME),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_AUTO_BACKUP_BYTES, { error: 'fileTooLarge' }),
  keep: z.number().int().min(1).max(MAX_KEPT_AUTO_BACKUPS),
});
export type WriteAutoBackupRequest = z.infer<typeof writeAutoBackupRequestSchema>;

export const autoBackupWrittenSchema = z.object({
  fileName: z.string(),
  /** The automatic backups left in the folder, newest first. */
  kept: z.array(autoBackupFileSchema),
  /** Names of the older automatic backups deleted to keep the number. */
  removed: z.array(z.string()),
});
export type AutoBackupWritten = z.infer<typeof autoBackupWrittenSchema>;

export const IPC_CONTRACT = {
  'app:info': {
    method: 'getAppInfo',
    request: z.undefined(),
    response: appInfoSchema,
  },
  /** Opens an http(s) or mailto link in the OS; anything else is refused with `validation`. */
  'app:openExternal': {
    method: 'openExternal',
    request: z.string().min(1).max(MAX_EXTERNAL_URL_LENGTH),
    response: z.void(),
  },
  /** Shows an OS notification; 'unsupported' where the OS has none, so the page shows its own. */
  'app:notify': {
    method: 'notify',
    request: desktopNotificationSchema,
    response: z.enum(['shown', 'unsupported']),
  },
  /** Asks where to save with the OS save dialog and writes the bytes there. */
  'file:save': {
    method: 'saveFile',
    request: fileToSaveSchema,
    response: z.enum(['saved', 'cancelled']),
  },
  /**
   * Lays the calling page out as an A4 PDF through its print stylesheet (what the page shows in
   * print media, CSS page size preferred) and returns the bytes; the page saves them with file:save.
   */
  'pdf:printPage': {
    method: 'printToPdf',
    request: pdfPrintRequestSchema,
    response: printedPdfSchema,
  },
  /**
   * Tells the shell how to reach a sync target. A WebDAV password given here is kept in the OS
   * keychain (safeStorage), or in memory for the session where there is no real keychain; one
   * left out keeps the password already kept for the same id and URL, and a changed URL drops it.
   * A folder target must name a folder the user picked with sync:chooseFolder.
   */
  'sync:configureTarget': {
    method: 'configureSyncTarget',
    request: targetConnectionSchema,
    response: targetStatusSchema,
  },
  'sync:targetStatus': {
    method: 'syncTargetStatus',
    request: targetIdSchema,
    response: targetStatusSchema,
  },
  /** Forgets a target and its password (the target's files stay where they are). */
  'sync:forgetTarget': {
    method: 'forgetSyncTarget',
    request: targetIdSchema,
    response: z.void(),
  },
  /** The OS folder dialog; the folder picked becomes one sync:configureTarget accepts. */
  'sync:chooseFolder': {
    method: 'chooseSyncFolder',
    request: z.undefined(),
    response: z.union([z.object({ folderPath: z.string() }), z.literal('cancelled')]),
  },
  /** A cheap check that the target answers and takes the credentials (PROPFIND depth 0; a folder's access). */
  'sync:probe': {
    method: 'probeSyncTarget',
    request: probeRequestSchema,
    response: probeResultSchema,
  },
  /**
   * Delivers files in order without ever overwriting or deleting (shared/outbox/webdav-transport
   * semantics); one outcome per file tried, up to and including the first failure.
   */
  'sync:put': {
    method: 'putSyncFiles',
    request: syncPutRequestSchema,
    response: z.array(putOutcomeSchema),
  },
  /** The OS folder dialog for automatic backups; the folder picked is remembered by the shell. */
  'backup:chooseFolder': {
    method: 'chooseBackupFolder',
    request: z.undefined(),
    response: z.union([z.object({ folderPath: z.string() }), z.literal('cancelled')]),
  },
  'backup:folderStatus': {
    method: 'backupFolderStatus',
    request: z.undefined(),
    response: backupFolderStatusSchema,
  },
  /**
   * Writes one automatic backup into the remembered folder (temporary file, then its name), then
   * deletes the oldest automatic backups beyond `keep`. Fails with `fileSaveFailed` (details.reason:
   * 'noFolder' or the OS error code) and writes nothing then.
   */
  'backup:writeScheduled': {
    method: 'writeScheduledBackup',
    request: writeAutoBackupRequestSchema,
    response: autoBackupWrittenSchema,
  },
} as const satisfies Record<string, { method: string; request: z.ZodType; response: z.ZodType }>;

type Contract = typeof IPC_CONTRACT;

export type IpcChannel = keyof Contract;

export const IPC_CHANNELS = Object.keys(IPC_CONTRACT) as IpcChannel[];

/** What the renderer passes (before zod defaults and transforms). */
export type IpcRequest<C extends IpcChannel> = z.input<Contract[C]['request']>;

/** What a main-process handler receives (after validation). */
export type IpcParsedRequest<C extends IpcChannel> = z.output<Contract[C]['request']>;

export type IpcResponse<C extends IpcChannel> = z.output<Contract[C]['response']>;

export type IpcResult<C extends IpcChannel> = Result<IpcResponse<C>>;

/** Channels without a request argument are called with none. */
export type IpcArgs<C extends IpcChannel> = undefined extends IpcRequest<C> ? [] : [request: IpcRequest<C>];

/** The typed shape of `ipcRenderer.invoke`, narrowed to the contract. */
export type IpcInvoke = <C extends IpcChannel>(channel: C, ...args: IpcArgs<C>) => Promise<IpcResult<C>>;

/**
 * What the preload exposes as `window.delegationDesk`: one method per channel, named by the
 * contract, each resolving to a `Result` (never rejecting for expected failures).
 */
export type Bridge = {
  readonly [C in IpcChannel as Contract[C]['method']]: (...args: IpcArgs<C>) => Promise<IpcResult<C>>;
};
