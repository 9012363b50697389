/** SHA-256 of the bytes as 64 lowercase hex digits, with Web Crypto (browser, Electron, Node ≥ 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Copy into a plain ArrayBuffer: digest() takes no SharedArrayBuffer-backed views.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether `prefix` is a strict prefix of `bytes` (shorter, and equal byte for byte as far as it goes). */
export function isStrictPrefix(prefix: Uint8Array, bytes: Uint8Array): boolean {
  if (prefix.length >= bytes.length) return false;
  for (let index = 0; index < prefix.length; index += 1) if (prefix[index] !== bytes[index]) return false;
  return true;
}
