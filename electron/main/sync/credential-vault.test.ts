import { describe, expect, it } from 'vitest';
import { createCredentialVault, type SafeStorageApi } from './credential-vault';

/** A stand-in for safeStorage: a reversible scramble, so a sealed blob never shows the password. */
function fakeSafeStorage(options: { available?: boolean; backend?: string; failEncrypt?: boolean } = {}): SafeStorageApi {
  const scramble = (bytes: Uint8Array) => bytes.map((byte) => byte ^ 0x5a);
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (plainText) => {
      if (options.failEncrypt) throw new Error('Error while encrypting the text provided to safeStorage.encryptString.');
      return scramble(new TextEncoder().encode(`v11${plainText}`));
    },
    decryptString: (encrypted) => {
      const text = new TextDecoder().decode(scramble(new Uint8Array(encrypted)));
      if (!text.startsWith('v11')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice(3);
    },
  };
}

describe('credential vault', () => {
  it('seals a password (Cyrillic too) so the blob does not show it, and opens it again', () => {
    const vault = createCredentialVault(fakeSafeStorage(), 'linux');
    expect(vault.hasKeychain()).toBe(true);
    const sealed = vault.seal('пароль-Nextcloud-42')!;
    expect(sealed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(sealed, 'base64').toString('utf8')).not.toContain('Nextcloud');
    expect(vault.open(sealed)).toBe('пароль-Nextcloud-42');
  });

  it.each(['basic_text', 'unknown'])('treats the Linux backend %s as no keychain, so nothing is sealed', (backend) => {
    const vault = createCredentialVault(fakeSafeStorage({ backend }), 'linux');
    expect(vault.hasKeychain()).toBe(false);
    expect(vault.seal('secret')).toBeNull();
  });

  it('reads the Linux backend only on Linux (elsewhere it is not meaningful)', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      expect(createCredentialVault(fakeSafeStorage({ backend: 'basic_text' }), platform).hasKeychain()).toBe(true);
    }
  });

  it('seals nothing where encryption is unavailable or refused', () => {
    expect(createCredentialVault(fakeSafeStorage({ available: false }), 'darwin').seal('secret')).toBeNull();
    expect(createCredentialVault(fakeSafeStorage({ failEncrypt: true }), 'win32').seal('secret')).toBeNull();
  });

  it('answers null for a blob that no longer opens, instead of throwing', () => {
    const vault = createCredentialVault(fakeSafeStorage(), 'darwin');
    expect(vault.open(Buffer.from('garbage').toString('base64'))).toBeNull();
  });
});
