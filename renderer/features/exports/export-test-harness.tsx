import { act, type ReactNode } from 'react';
import { vi, type Mock } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { UiLanguage } from '#shared/domain/lang';
import { WorkspaceProvider } from '../../data/workspace-context';
import type { Workspace } from '../../data/workspace';
import { PlatformProvider } from '../../platform/platform-context';
import type { Platform } from '../../platform/platform';
import { createWebBackupPlatform } from '../../platform/backup-platform';
import { createWebSyncPlatform } from '../../platform/web-sync-platform';
import { useUiStore } from '../../app/ui-store';
import { render, type Rendered } from '../../test-support/render';

/**
 * Mounts an export dialog the way a page holds it: inside a router (to see where PDF goes), the
 * workspace and a platform whose save dialog is a spy. Test files mock the sync service
 * (`useSyncService`) themselves, since vi.mock must sit in the file it applies to.
 */

export interface ExportHarness {
  saveFile: Mock<Platform['saveFile']>;
  printToPdf: Mock<Platform['printToPdf']>;
  router: ReturnType<typeof createMemoryRouter>;
  mounted: Rendered;
}

export async function mountWith(ui: ReactNode, workspace: Workspace, options: { lang?: UiLanguage; kind?: Platform['kind']; path?: string; pdf?: Uint8Array } = {}): Promise<ExportHarness> {
  const lang = options.lang ?? 'en';
  useUiStore.setState({ language: lang });
  const saveFile = vi.fn<Platform['saveFile']>(async () => 'saved');
  const printToPdf = vi.fn<Platform['printToPdf']>(async () => options.pdf ?? null);
  const platform = {
    kind: options.kind ?? 'web',
    getAppInfo: async () => null,
    openExternal: async () => {},
    saveFile,
    notify: async () => 'unavailable',
    printToPdf,
    notificationAccess: () => 'unsupported',
    requestNotificationAccess: async () => 'unsupported',
    sync: createWebSyncPlatform({ connections: new Map() }),
    backup: createWebBackupPlatform(),
  } as Platform;
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [options.path ?? '/meetings'] });
  const mounted = await render(
    <PlatformProvider platform={platform}>
      <WorkspaceProvider workspace={workspace}>
        <RouterProvider router={router} />
      </WorkspaceProvider>
    </PlatformProvider>,
    lang,
  );
  return { saveFile, printToPdf, router, mounted };
}

export function dialog(): HTMLElement {
  const found = document.querySelector<HTMLElement>('[role="dialog"]');
  if (!found) throw new Error('no dialog open');
  return found;
}

/** A radio button by its label's text. */
export function radio(label: string): HTMLInputElement {
  const found = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((input) => input.labels?.[0]?.textContent === label);
  if (!found) throw new Error(`no radio “${label}”`);
  return found;
}

export function maybeRadio(label: string): HTMLInputElement | null {
  try {
    return radio(label);
  } catch {
    return null;
  }
}

export function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name);
  if (!found) throw new Error(`no button “${name}”`);
  return found;
}

export function field(label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label));
  const input = found ? document.getElementById(found.htmlFor) : null;
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) throw new Error(`no field “${label}”`);
  return input;
}

export const click = (target: HTMLElement) => act(async () => target.click());

export async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = input instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The text of the bytes a save call got. */
export function savedText(saveFile: Mock<Platform['saveFile']>, call = 0): string {
  const file = saveFile.mock.calls[call]?.[0];
  if (!file) throw new Error('nothing saved');
  return new TextDecoder().decode(file.bytes);
}
