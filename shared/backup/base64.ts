/**
 * Base64 for bytes of any size, in plain JS so it is as fast in Node and workers as in a page
 * (Node's btoa is slow on megabytes, and Uint8Array.toBase64 is not everywhere yet). Output is
 * built as ASCII codes and turned into text by TextDecoder, which is native and fast where
 * String.fromCharCode over typed arrays is not.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const PAD = '='.charCodeAt(0);
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ENCODE.length; i += 1) DECODE[ENCODE[i]] = i;
const ascii = new TextDecoder();

export function bytesToBase64(bytes: Uint8Array): string {
  const end = bytes.length;
  const out = new Uint8Array(Math.ceil(end / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < end; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o++] = ENCODE[n >> 18];
    out[o++] = ENCODE[(n >> 12) & 63];
    out[o++] = ENCODE[(n >> 6) & 63];
    out[o++] = ENCODE[n & 63];
  }
  if (i < end) {
    const n = (bytes[i] << 16) | (i + 1 < end ? bytes[i + 1] << 8 : 0);
    out[o++] = ENCODE[n >> 18];
    out[o++] = ENCODE[(n >> 12) & 63];
    out[o++] = i + 1 < end ? ENCODE[(n >> 6) & 63] : PAD;
    out[o] = PAD;
  }
  return ascii.decode(out);
}

/** Strict: throws a TypeError on anything but padded base64, which callers turn into their own error. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 4 !== 0) throw new TypeError('base64: length is not a multiple of 4');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const c = last && padding === 2 ? 0 : sextet(text, i + 2);
    const d = last && padding >= 1 ? 0 : sextet(text, i + 3);
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[o++] = n >> 16;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 255;
    if (o < bytes.length) bytes[o++] = n & 255;
  }
  return bytes;
}

function sextet(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const value = code < 128 ? DECODE[code] : -1;
  if (value < 0) throw new TypeError(`base64: unexpected character at ${index}`);
  return value;
}
