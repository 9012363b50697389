import { act, type ReactNode } from 'react';
import { expect } from 'vitest';
import type { UiLanguage } from '#shared/domain/lang';
import { createFakeWebDav, type FakeWebDav } from '#shared/outbox/fake-webdav';
import type { TargetConnection } from '#shared/sync/sync-target';
import { testWorkspaces } from '../../data/test-workspaces';
import { WorkspaceProvider } from '../../data/workspace-context';
import type { Workspace } from '../../data/workspace';
import { useUiStore } from '../../app/ui-store';
import { detectPlatform, type Platform } from '../../platform/platform';
import { PlatformProvider } from '../../platform/platform-context';
import { createWebSyncPlatform, type WebConnection } from '../../platform/web-sync-platform';
import { SyncServiceProvider } from '../../sync/sync-service-context';
import { render, waitFor, type Rendered } from '../../test-support/render';

/** The fake server's account: what the right password is. */
export const DAV_USER = 'olena';
export const DAV_PASSWORD = 'right-app-password';

export interface SyncHarness {
  workspace: Workspace;
  dav: FakeWebDav;
  platform: Platform;
  /** Every connection handed to the platform, in order (passwords included). */
  configured: TargetConnection[];
  /** The platform's session memory of connections. */
  connections: Map<string, WebConnection>;
  mounted: Rendered;
}

/**
 * For a test file (call at module level): mounts UI with a real workspace over a fresh database,
 * the delivery service, and the web build's sync platform talking to an in-memory WebDAV server.
 */
export function syncHarness(): (ui: ReactNode, options?: { language?: UiLanguage; folderTargets?: boolean }) => Promise<SyncHarness> {
  const openWorkspace = testWorkspaces();
  return async (ui, options = {}) => {
    const language = options.language ?? 'en';
    useUiStore.setState({ language });
    const workspace = openWorkspace(Date.now);
    const dav = createFakeWebDav({ username: DAV_USER, password: DAV_PASSWORD });
    const connections = new Map<string, WebConnection>();
    const web = createWebSyncPlatform({ fetch: dav.fetch, connections });
    const configured: TargetConnection[] = [];
    const folders = new Set<string>();
    const sync = {
      ...web,
      supportsFolderTargets: options.folderTargets ?? false,
      configureTarget: async (connection: TargetConnection) => {
        configured.push(connection);
        // Local folders are the desktop shell's; here they are only remembered.
        if (connection.kind === 'folder') {
          folders.add(connection.id);
          return { known: true, credentials: 'none' as const };
        }
        return web.configureTarget(connection);
      },
      targetStatus: async (targetId: string) => (folders.has(targetId) ? { known: true, credentials: 'none' as const } : web.targetStatus(targetId)),
      chooseFolder: async () => '/home/olena/OneDrive/Delegation',
    };
    const platform: Platform = { ...detectPlatform({}), sync };
    const mounted = await render(
      <PlatformProvider platform={platform}>
        <WorkspaceProvider workspace={workspace}>
          <SyncServiceProvider>{ui}</SyncServiceProvider>
        </WorkspaceProvider>
      </PlatformProvider>,
      language,
    );
    return { workspace, dav, platform, configured, connections, mounted };
  };
}

export function button(name: string | RegExp): HTMLButtonElement {
  const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => {
    const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button “${name}”`);
  return found;
}

export function maybeButton(name: string): HTMLButtonElement | null {
  try {
    return button(name);
  } catch {
    return null;
  }
}

export function field(label: string): HTMLInputElement {
  const found = [...document.querySelectorAll('label')].find((l) => l.textContent?.replace(/\s*\*$/, '') === label);
  const input = found ? document.getElementById(found.htmlFor) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`no field “${label}”`);
  return input;
}

/** The error shown under a field (Mantine links it through aria-describedby). */
export function fieldError(label: string): string | null {
  const input = field(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const error = ids.map((id) => document.getElementById(id)).find((node) => node?.id.endsWith('-error'));
  return error?.textContent ?? null;
}

/** Types as a user does: React listens for the input event, with the value set natively. */
export async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const click = (target: HTMLElement) => act(async () => target.click());

export const text = () => document.body.textContent ?? '';

export async function waitForText(expected: string) {
  await waitFor(() => expect(text()).toContain(expected));
}
