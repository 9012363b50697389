export interface StorageState {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/**
 * Asks the browser not to evict our database under storage pressure. Browsers may say no
 * (or not support it), which the Settings screen reports rather than hides.
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = navigator.storage): Promise<boolean | null> {
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return null;
  }
}

export async function readStorageState(storage: StorageManager | undefined = navigator.storage): Promise<StorageState> {
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
