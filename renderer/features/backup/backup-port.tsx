import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { UiLanguage } from '#shared/domain/lang';
import type { BackupContents, BackupHeader, BackupKind, MergeReport } from '#shared/backup/backup-format';
import { readBackupFile, readBackupHeader, writeBackupFile } from '#shared/backup/backup-file';
import { CURRENT_SCHEMA_VERSION } from '../../data/schema-version';
import { useWorkspace } from '../../data/workspace-context';

/** A file read back: its header and what it holds. */
export interface OpenedBackup {
  header: BackupHeader;
  contents: BackupContents;
}

/**
 * Everything the backup screens do to data and files, in one seam: the app wires it to the
 * workspace and shared/backup; component tests hand in fakes (real key derivation takes seconds).
 */
export interface BackupPort {
  collect(): Promise<BackupContents>;
  isEmpty(): Promise<boolean>;
  restoreEmpty(contents: BackupContents): Promise<void>;
  merge(contents: BackupContents, labelLanguage: UiLanguage): Promise<MergeReport>;
  wipe(): Promise<void>;
  selectEventBundle(eventId: string): Promise<{ title: string; contents: BackupContents }>;
  write(contents: BackupContents, options: { kind: BackupKind; title?: string; passphrase?: string }): Promise<Uint8Array>;
  readHeader(bytes: Uint8Array): Promise<BackupHeader>;
  read(bytes: Uint8Array, passphrase?: string): Promise<OpenedBackup>;
  /** After a restore or a wipe: every list and the search index start again from the database. */
  reloadApp(): void;
}

const BackupPortContext = createContext<BackupPort | null>(null);

export function BackupPortProvider({ port, children }: { port: BackupPort; children: ReactNode }) {
  return <BackupPortContext.Provider value={port}>{children}</BackupPortContext.Provider>;
}

/** The port a test provided, else the one over this workspace. */
export function useBackupPort(): BackupPort {
  const provided = useContext(BackupPortContext);
  const workspace = useWorkspace();
  return useMemo(() => {
    if (provided) return provided;
    const backups = workspace.backups;
    return {
      collect: () => backups.collect(),
      isEmpty: () => backups.isEmpty(),
      restoreEmpty: (contents) => backups.restoreEmpty(contents),
      merge: (contents, language) => backups.merge(contents, language),
      wipe: () => backups.wipe(),
      selectEventBundle: (eventId) => backups.selectEventBundle(eventId),
      write: (contents, options) => writeBackupFile(contents, { ...options, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: Date.now() }),
      readHeader: async (bytes) => readBackupHeader(bytes),
      read: (bytes, passphrase) => readBackupFile(bytes, passphrase, CURRENT_SCHEMA_VERSION),
      reloadApp: () => window.location.reload(),
    } satisfies BackupPort;
  }, [provided, workspace]);
}
