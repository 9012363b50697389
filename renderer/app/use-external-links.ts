import { useEffect } from 'react';
import { usePlatform } from '../platform/platform-context';

/**
 * External links (a partner's website) open in the system browser, never inside the app:
 * the Electron shell denies in-app navigation, so clicks are routed through the platform.
 */
export function useExternalLinks(): void {
  const platform = usePlatform();
  useEffect(() => {
    if (platform.kind !== 'electron') return;
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      const href = anchor?.getAttribute('href') ?? '';
      if (!/^(https?:|mailto:)/i.test(href)) return;
      event.preventDefault();
      void platform.openExternal(href);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [platform]);
}
