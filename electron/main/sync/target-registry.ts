import { z } from 'zod';
import { AppError } from '#shared/errors/app-error';
import type { TargetStatus } from '#shared/ipc/contract';
import type { TargetConnection } from '#shared/sync/sync-target';
import type { CredentialVault } from './credential-vault';
import { errnoOf } from './fs-failure';
import type { JsonFile } from './json-file';

/**
 * What the shell knows about each sync target, by id: how to reach it, and its password.
 *
 * Kept in userData/sync-targets.json so delivery resumes after a restart. A WebDAV password is on
 * disk only sealed by the OS keychain; where there is none it stays in memory and is gone when
 * the app closes ('session'). A password belongs to one URL and user name: configuring the
 * target for another without a password drops it, so a changed URL never receives the old one.
 * A folder target may only name a folder the user picked in the OS dialog, so a compromised page
 * cannot aim the shell's writes at a folder of its choosing.
 */

const storedTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('webdav'), baseUrl: z.string(), username: z.string(), sealedPassword: z.string().optional() }),
  z.object({ kind: z.literal('folder'), folderPath: z.string() }),
]);
type StoredTarget = z.infer<typeof storedTargetSchema>;

const registryFileSchema = z.object({ version: z.literal(1), targets: z.record(z.string(), storedTargetSchema) });

/** How to reach a target now; `password` null when none is kept (the user must enter it again). */
export type ReachableTarget =
  | { kind: 'webdav'; baseUrl: string; username: string; password: string | null }
  | { kind: 'folder'; folderPath: string };

export interface TargetRegistry {
  /** `folderWasChosen`: whether the OS dialog returned this folder in this run. */
  configure(connection: TargetConnection, folderWasChosen: (folderPath: string) => boolean): Promise<TargetStatus>;
  status(id: string): Promise<TargetStatus>;
  forget(id: string): Promise<void>;
  /** Null for a target the shell does not know. */
  reach(id: string): Promise<ReachableTarget | null>;
}

export interface TargetRegistryOptions {
  file: JsonFile;
  vault: CredentialVault;
  /** A file that cannot be read as a registry is ignored (the registry starts empty, and the next change replaces it); reported here. */
  onUnreadableFile?: (error: unknown) => void;
}

function sameStored(a: StoredTarget | undefined, b: StoredTarget): boolean {
  if (a === undefined || a.kind !== b.kind) return false;
  if (a.kind === 'folder' || b.kind === 'folder') return a.kind === 'folder' && b.kind === 'folder' && a.folderPath === b.folderPath;
  return a.baseUrl === b.baseUrl && a.username === b.username && a.sealedPassword === b.sealedPassword;
}

export function createTargetRegistry({ file, vault, onUnreadableFile = reportUnreadable }: TargetRegistryOptions): TargetRegistry {
  let targets: Map<string, StoredTarget> | null = null;
  /** Passwords in memory: session-only ones, and keychain ones once opened. */
  const passwords = new Map<string, string>();
  let queue: Promise<unknown> = Promise.resolve();

  /** One change at a time, so two quick saves in Settings never interleave their file writes. */
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const load = async (): Promise<Map<string, StoredTarget>> => {
    if (targets) return targets;
    let content: unknown;
    try {
      content = await file.read();
    } catch (error) {
      onUnreadableFile(error);
    }
    const parsed = content === undefined ? null : registryFileSchema.safeParse(content);
    if (parsed && !parsed.success) onUnreadableFile(parsed.error);
    targets = new Map(parsed?.success ? Object.entries(parsed.data.targets) : []);
    return targets;
  };

  /** Writes the registry with `id` changed; memory changes only once the file is written. */
  const persist = async (all: Map<string, StoredTarget>, id: string, next: StoredTarget | null): Promise<void> => {
    const changed = new Map(all);
    if (next) changed.set(id, next);
    else changed.delete(id);
    try {
      await file.write({ version: 1, targets: Object.fromEntries(changed) });
    } catch (error) {
      const reason = errnoOf(error) ?? 'unknown';
      throw new AppError(reason === 'ENOSPC' ? 'storageQuota' : 'storageFailure', { reason }, { cause: error });
    }
    targets = changed;
  };

  const statusOf = (id: string): TargetStatus => {
    const target = targets?.get(id);
    if (!target) return { known: false, credentials: 'none' };
    if (target.kind === 'folder') return { known: true, credentials: 'none' };
    if (target.sealedPassword) return { known: true, credentials: 'keychain' };
    return { known: true, credentials: passwords.has(id) ? 'session' : 'none' };
  };

  return {
    configure: (connection, folderWasChosen) =>
      exclusive(async () => {
        const all = await load();
        const { id } = connection;
        const previous = all.get(id);
        let next: StoredTarget;
        let password: string | null = null;
        if (connection.kind === 'folder') {
          const kept = previous?.kind === 'folder' && previous.folderPath === connection.folderPath;
          if (!kept && !folderWasChosen(connection.folderPath)) {
            throw new AppError('validation', { field: 'folderPath', reason: 'folderNotChosen' });
          }
          next = { kind: 'folder', folderPath: connection.folderPath };
        } else {
          const { baseUrl, username } = connection;
          const sameAccount = previous?.kind === 'webdav' && previous.baseUrl === baseUrl && previous.username === username;
          if (connection.password !== undefined) {
            password = connection.password;
            const sealedPassword = vault.seal(password);
            next = sealedPassword ? { kind: 'webdav', baseUrl, username, sealedPassword } : { kind: 'webdav', baseUrl, username };
          } else if (sameAccount) {
            next = previous;
            password = passwords.get(id) ?? null;
          } else {
            next = { kind: 'webdav', baseUrl, username };
          }
        }
        if (!sameStored(previous, next)) await persist(all, id, next);
        if (password === null) passwords.delete(id);
        else passwords.set(id, password);
        return statusOf(id);
      }),

    status: (id) =>
      exclusive(async () => {
        await load();
        return statusOf(id);
      }),

    forget: (id) =>
      exclusive(async () => {
        const all = await load();
        if (all.has(id)) await persist(all, id, null);
        passwords.delete(id);
      }),

    reach: (id) =>
      exclusive(async () => {
        const target = (await load()).get(id);
        if (!target) return null;
        if (target.kind === 'folder') return { kind: 'folder', folderPath: target.folderPath };
        let password = passwords.get(id) ?? null;
        if (password === null && target.sealedPassword) {
          // Kept sealed even when it does not open now (a keychain the user did not unlock): the
          // delivery fails as syncUnauthorized, and a password entered again replaces it.
          password = vault.open(target.sealedPassword);
          if (password !== null) passwords.set(id, password);
        }
        return { kind: 'webdav', baseUrl: target.baseUrl, username: target.username, password };
      }),
  };
}

function reportUnreadable(error: unknown): void {
  console.warn('[sync] sync-targets.json is unreadable; starting with no targets', error);
}
