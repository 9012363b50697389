import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { usePlatform } from '../../platform/platform-context';

/**
 * Keeps edits from being lost on the way out. With `saveOnLeave` (records that autosave),
 * leaving first saves what can be saved; anything else — invalid input, or a new record not
 * yet created — asks the user. Closing the tab with unsaved input asks the browser.
 */
export function useUnsavedGuard(dirty: boolean, flush: () => Promise<boolean>, saveOnLeave: boolean) {
  const platform = usePlatform();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (blocker.state !== 'blocked' || !saveOnLeave) return;
    let cancelled = false;
    void flush().then((saved) => {
      if (!cancelled && saved && blocker.state === 'blocked') blocker.proceed();
    });
    return () => {
      cancelled = true;
    };
  }, [blocker, flush, saveOnLeave]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (saveOnLeave) void flush();
      // A browser asks "Leave site?"; Electron would silently refuse to close the window instead.
      if (platform.kind === 'web') event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, flush, platform.kind, saveOnLeave]);

  return blocker;
}
