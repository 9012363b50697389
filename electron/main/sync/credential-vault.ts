/**
 * Seals sync-target passwords with Electron's `safeStorage` so the copy kept on disk can only be
 * read back by this OS user (macOS Keychain, Windows DPAPI, the Linux secret service).
 *
 * On Linux without a secret service Chromium falls back to 'basic_text': a key hard-coded in
 * Chromium, which protects nothing. A password sealed that way would look kept "in the
 * keychain" while any program could read it, so there the vault declines and the registry keeps
 * the password in memory for the session only (and the UI says so).
 *
 * Electron 45 still has the synchronous API and only it reports the Linux backend reliably;
 * blobs it makes open with the asynchronous API that replaces it in Electron 46.
 */

/** The part of Electron's `safeStorage` the vault uses. */
export interface SafeStorageApi {
  isEncryptionAvailable(): boolean;
  /** Linux only: which secret store Chromium picked ('basic_text' = none). */
  getSelectedStorageBackend(): string;
  encryptString(plainText: string): Uint8Array;
  decryptString(encrypted: Buffer): string;
}

export interface CredentialVault {
  /** Whether a password sealed now is protected by a real OS keychain. */
  hasKeychain(): boolean;
  /** The sealed password as base64, or null when there is no real keychain (or it refused). */
  seal(password: string): string | null;
  /** The password, or null when the blob no longer opens (another user, a reset keychain). */
  open(sealed: string): string | null;
}

/** Linux backends that are no keychain: no secret service, or asked before the app was ready. */
const NOT_A_KEYCHAIN = new Set(['basic_text', 'unknown']);

export function createCredentialVault(safeStorage: SafeStorageApi, platform: NodeJS.Platform): CredentialVault {
  const hasKeychain = () => {
    try {
      if (!safeStorage.isEncryptionAvailable()) return false;
      return platform !== 'linux' || !NOT_A_KEYCHAIN.has(safeStorage.getSelectedStorageBackend());
    } catch {
      return false;
    }
  };

  return {
    hasKeychain,
    seal(password) {
      if (!hasKeychain()) return null;
      try {
        return Buffer.from(safeStorage.encryptString(password)).toString('base64');
      } catch {
        // A locked keychain the user would not open: keep the password for the session instead.
        return null;
      }
    },
    open(sealed) {
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return null;
      }
    },
  };
}
