import { act, type ReactNode } from 'react';
import { expect, vi } from 'vitest';
import { Notifications } from '@mantine/notifications';
import type { BackupContents, BackupHeader, MergeReport } from '#shared/backup/backup-format';
import type { UiLanguage } from '#shared/domain/lang';
import { AppError } from '#shared/errors/app-error';
import { testWorkspaces } from '../../data/test-workspaces';
import { WorkspaceProvider } from '../../data/workspace-context';
import { useUiStore } from '../../app/ui-store';
import { detectPlatform, type FileToSave, type Platform } from '../../platform/platform';
import { PlatformProvider } from '../../platform/platform-context';
import { render, waitFor, type Rendered } from '../../test-support/render';
import { BackupPortProvider, type BackupPort } from './backup-port';

/** A small workspace's contents: 3 contacts, 2 organizations, 1 event, 5 meetings. */
export function sampleContents(): BackupContents {
  const rows = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}` }));
  return {
    tables: { contacts: rows(3, 'c'), organizations: rows(2, 'o'), events: rows(1, 'e'), meetings: rows(5, 'm') },
    attachmentBytes: {},
    settings: {},
  };
}

export const MERGE_REPORT: MergeReport = {
  added: { meetings: 2, contacts: 1 },
  updated: { contacts: 1 },
  unchanged: { contacts: 2, organizations: 2, events: 1, meetings: 3 },
  conflicts: [
    { table: 'contacts', id: 'c1', label: 'Лисогор Артем', kept: 'incoming', localUpdatedAt: Date.UTC(2026, 4, 20, 8, 0), incomingUpdatedAt: Date.UTC(2026, 4, 21, 9, 30) },
  ],
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A port whose "files" are JSON with a marker, the passphrase kept in clear: enough for the UI's
 * paths (plain, encrypted, wrong passphrase, not a backup) without seconds of key derivation.
 */
export function fakePort(options: { empty?: boolean; contents?: BackupContents } = {}) {
  const state = { empty: options.empty ?? false, wiped: false, restored: null as BackupContents | null, merged: null as BackupContents | null, reloads: 0 };
  const parse = (bytes: Uint8Array) => {
    const text = decoder.decode(bytes);
    if (!text.startsWith('FAKE-BACKUP')) throw new AppError('backupNotABackup');
    return JSON.parse(text.slice('FAKE-BACKUP'.length)) as { header: BackupHeader; contents: BackupContents; passphrase: string | null };
  };
  const port: BackupPort = {
    collect: vi.fn(async () => options.contents ?? sampleContents()),
    isEmpty: vi.fn(async () => state.empty),
    restoreEmpty: vi.fn(async (contents: BackupContents) => {
      state.restored = contents;
    }),
    merge: vi.fn(async (contents: BackupContents) => {
      state.merged = contents;
      return MERGE_REPORT;
    }),
    wipe: vi.fn(async () => {
      state.wiped = true;
    }),
    selectEventBundle: vi.fn(async () => ({ title: 'ReBuild Ukraine: Warsaw', contents: options.contents ?? sampleContents() })),
    write: vi.fn(async (contents: BackupContents, { kind, title, passphrase }) => {
      const header: BackupHeader = {
        format: 1,
        kind,
        title,
        schemaVersion: 6,
        createdAt: Date.UTC(2026, 4, 20, 12, 30),
        counts: {},
        encryption: passphrase ? { cipher: 'AES-256-GCM', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: '' }, wrappedKey: '', wrapIv: '', iv: '' } : null,
        payloadBytes: 0,
        checksum: '',
      };
      return encoder.encode(`FAKE-BACKUP${JSON.stringify({ header, contents, passphrase: passphrase ?? null })}`);
    }),
    readHeader: vi.fn(async (bytes: Uint8Array) => parse(bytes).header),
    read: vi.fn(async (bytes: Uint8Array, passphrase?: string) => {
      const file = parse(bytes);
      if (file.passphrase !== null && passphrase === undefined) throw new AppError('backupNeedsPassphrase');
      if (file.passphrase !== null && passphrase !== file.passphrase) throw new AppError('backupWrongPassphrase');
      return { header: file.header, contents: file.contents };
    }),
    reloadApp: vi.fn(() => {
      state.reloads += 1;
    }),
  };
  return { port, state };
}

export interface BackupHarness {
  saved: FileToSave[];
  mounted: Rendered;
}

/** For a test file (module level): mounts UI over a fake port, a recording platform and an empty workspace. */
export function backupHarness(): (ui: ReactNode, port: BackupPort, language?: UiLanguage) => Promise<BackupHarness> {
  const openWorkspace = testWorkspaces();
  return async (ui, port, language = 'en') => {
    useUiStore.setState({ language });
    const saved: FileToSave[] = [];
    const platform: Platform = {
      ...detectPlatform({}),
      saveFile: async (file) => {
        saved.push(file);
        return 'saved';
      },
    };
    const mounted = await render(
      <PlatformProvider platform={platform}>
        <WorkspaceProvider workspace={openWorkspace()}>
          <BackupPortProvider port={port}>
            <Notifications />
            {ui}
          </BackupPortProvider>
        </WorkspaceProvider>
      </PlatformProvider>,
      language,
    );
    return { saved, mounted };
  };
}

export function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
  if (!found) throw new Error(`no button “${name}”`);
  return found;
}

export function field(label: string): HTMLInputElement {
  const found = [...document.querySelectorAll('label')].find((l) => l.textContent?.replace(/\s*\*$/, '') === label);
  const input = found ? document.getElementById(found.htmlFor) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`no field “${label}”`);
  return input;
}

/** The error Mantine links to a field through aria-describedby. */
export function fieldError(label: string): string | null {
  const ids = (field(label).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)).find((node) => node?.id.endsWith('-error'))?.textContent ?? null;
}

export async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const click = (target: HTMLElement) => act(async () => target.click());

/** Picks a file in the dialog's (hidden) file input, as the system dialog would. */
export async function chooseFile(bytes: Uint8Array, name: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const file = new File([bytes.slice().buffer], name);
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export const text = () => document.body.textContent ?? '';

export async function waitForText(expected: string) {
  await waitFor(() => expect(text()).toContain(expected));
}
