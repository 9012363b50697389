import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import type { UiLanguage } from '#shared/domain/lang';
import { createI18n } from '../i18n/i18n';
import { createAppTheme, cssVariablesResolver } from '../app/theme';

// React warns about updates outside act() unless it knows it runs under a test harness.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What jsdom lacks and Mantine or ProseMirror reach for. */
function completeJsdom(): void {
  window.matchMedia ??= (query: string) =>
    ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as MediaQueryList;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  const emptyRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
  Range.prototype.getClientRects ??= emptyRects;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  Element.prototype.scrollIntoView ??= () => {};
  document.elementFromPoint ??= () => null;
  // Mantine's auto-growing textarea waits for fonts to measure lines.
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { configurable: true, value: Object.assign(new EventTarget(), { ready: Promise.resolve() }) });
}

export interface Rendered {
  container: HTMLElement;
  rerender(ui: ReactNode): Promise<void>;
  unmount(): Promise<void>;
}

/** Mounts `ui` in jsdom inside Mantine (the app's theme) and i18next, in the given language. */
export async function render(ui: ReactNode, language: UiLanguage = 'en'): Promise<Rendered> {
  completeJsdom();
  const i18n = await createI18n(language);
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const theme = createAppTheme(i18n.t('close'));
  const wrap = (node: ReactNode) => (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        {node}
      </MantineProvider>
    </I18nextProvider>
  );
  await act(async () => root.render(wrap(ui)));
  return {
    container,
    rerender: (next) => act(async () => root.render(wrap(next))),
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

/** Retries `check` (inside act, so effects and live queries settle) until it stops throwing. */
export async function waitFor<T>(check: () => T, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
    }
  }
}
