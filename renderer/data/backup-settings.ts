/**
 * The settings a backup carries: localStorage keys the app itself persists, listed one by one so
 * nothing else on this origin (and never anything secret: sync passwords are kept by the shell or
 * for the session only) ends up in a file. Unsaved form drafts stay on the device.
 */
export const BACKED_UP_SETTINGS: readonly string[] = [
  // renderer/app/ui-store.ts (UI_STORAGE_KEY): language, table layouts, meeting filter, reviewer name.
  'delegation-desk.ui',
  // renderer/features/follow-ups/use-follow-up-view.ts: how the follow-ups list is grouped.
  'delegation-desk.follow-ups.grouping',
  'delegation-desk.follow-ups.show-closed',
];

/** The local storage, or null where there is none (a worker, a test without a DOM). */
export function defaultSettingsStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Reading localStorage throws where storage is blocked; settings are then simply not carried.
    return null;
  }
}

export function readSettings(storage: Storage | null): Record<string, string> {
  const settings: Record<string, string> = {};
  if (!storage) return settings;
  for (const key of BACKED_UP_SETTINGS) {
    const value = storage.getItem(key);
    if (value !== null) settings[key] = value;
  }
  return settings;
}

/** Writes the known settings a file holds; any other key in it is ignored. */
export function writeSettings(storage: Storage | null, settings: Record<string, string>): void {
  if (!storage) return;
  for (const key of BACKED_UP_SETTINGS) {
    const value = settings[key];
    if (typeof value !== 'string') continue;
    try {
      storage.setItem(key, value);
    } catch {
      // A full localStorage loses a table layout, not the restored records.
    }
  }
}
