import { PBKDF2_ITERATIONS, type PassphraseEncryption } from './backup-format';
import { base64ToBytes, bytesToBase64 } from './base64';

/**
 * Passphrase encryption with WebCrypto alone: the payload is sealed with a random AES-256-GCM
 * data key, and only that key is sealed under the passphrase (PBKDF2-SHA-256). Keeping the two
 * apart means the slow derivation runs once per file whatever its size, and the parameters the
 * reader needs all sit in the header.
 */

const subtle = () => globalThis.crypto.subtle;
const random = (length: number) => globalThis.crypto.getRandomValues(new Uint8Array(length));

/**
 * The same passphrase typed on another system may come as other Unicode code points (macOS
 * decomposes "й" where Windows composes it): NFC makes them the same bytes.
 */
const passphraseBytes = (passphrase: string) => new TextEncoder().encode(passphrase.normalize('NFC'));

async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

const dataKeyFrom = (raw: Uint8Array<ArrayBuffer>) => subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);

/** The GCM tag AES-GCM appends to what it seals, so the sealed length is known beforehand. */
export const GCM_TAG_BYTES = 16;

/** A fresh data key, wrapped under the passphrase; the header's encryption fields, and the key to seal with. */
export async function newPassphraseEncryption(
  passphrase: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<{ encryption: PassphraseEncryption; dataKey: CryptoKey }> {
  const salt = random(16);
  const wrapIv = random(12);
  const iv = random(12);
  const rawDataKey = random(32);
  const wrappingKey = await passphraseKey(passphrase, salt, iterations);
  const wrapped = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv: wrapIv }, wrappingKey, rawDataKey));
  const dataKey = await dataKeyFrom(rawDataKey);
  rawDataKey.fill(0);
  return {
    dataKey,
    encryption: {
      cipher: 'AES-256-GCM',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
      wrappedKey: bytesToBase64(wrapped),
      wrapIv: bytesToBase64(wrapIv),
      iv: bytesToBase64(iv),
    },
  };
}

/** The header (without checksum) is the additional data: a changed header fails to open the payload. */
export async function sealPayload(
  dataKey: CryptoKey,
  encryption: PassphraseEncryption,
  plain: Uint8Array<ArrayBuffer>,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = base64ToBytes(encryption.iv);
  return new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData }, dataKey, plain));
}

/** Why opening failed, for the caller to name: the passphrase (or the key it wraps), or the payload. */
export class OpenFailure extends Error {
  constructor(readonly stage: 'unwrap' | 'payload') {
    super(stage);
  }
}

/**
 * Unwraps the data key and opens the payload. GCM authenticates both steps, so a wrong
 * passphrase fails at the unwrap and an altered payload or header at the payload, never
 * decrypting to something else.
 */
export async function openPayload(
  passphrase: string,
  encryption: PassphraseEncryption,
  sealed: Uint8Array<ArrayBuffer>,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const { kdf } = encryption;
  const wrappingKey = await passphraseKey(passphrase, base64ToBytes(kdf.salt), kdf.iterations);
  let rawDataKey: Uint8Array<ArrayBuffer>;
  try {
    rawDataKey = new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: base64ToBytes(encryption.wrapIv) }, wrappingKey, base64ToBytes(encryption.wrappedKey)));
  } catch {
    throw new OpenFailure('unwrap');
  }
  const dataKey = await dataKeyFrom(rawDataKey);
  rawDataKey.fill(0);
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: base64ToBytes(encryption.iv), additionalData }, dataKey, sealed));
  } catch {
    throw new OpenFailure('payload');
  }
}
