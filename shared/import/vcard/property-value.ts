/**
 * Decoding the value of a vCard property as clients write it: quoted-printable with a charset
 * (vCard 2.1), base64, backslash escapes (3.0/4.0, and Apple's `http\://`), compound values
 * split on unescaped semicolons, lists on unescaped commas.
 */

const encoder = new TextEncoder();

/**
 * Quoted-printable text (RFC 2045 §6.7) in the card's CHARSET. Literal characters are taken as
 * UTF-8 (the file's text is already decoded; a QP value is ASCII apart from its escapes). An
 * unknown charset label falls back to UTF-8 rather than losing the value.
 */
export function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '=') {
      const hex = value.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      }
      // A stray "=" (a soft break left at the very end) carries nothing.
      continue;
    }
    const code = value.codePointAt(i)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const literal = String.fromCodePoint(code);
    for (const byte of encoder.encode(literal)) bytes.push(byte);
    i += literal.length - 1;
  }
  return decodeBytes(Uint8Array.from(bytes), charset).replace(/\r\n?/g, '\n');
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** `\n` → newline; `\\`, `\,`, `\;`, `\:` → the character; any other backslash stays as written. */
export function unescapeText(value: string): string {
  return value.replace(/\\([nN\\,;:])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/** Splits on `separator` where it is not escaped by a backslash; the pieces keep their escapes. */
function splitUnescaped(value: string, separator: ';' | ','): string[] {
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && i + 1 < value.length) {
      current += ch + value[i + 1];
      i++;
    } else if (ch === separator) {
      pieces.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  pieces.push(current);
  return pieces;
}

/** The fields of a compound value (N, ORG, ADR), each a list of unescaped, trimmed values. */
export function structuredValue(value: string): string[][] {
  return splitUnescaped(value, ';').map((field) =>
    splitUnescaped(field, ',')
      .map((item) => unescapeText(item).trim())
      .filter((item) => item !== ''),
  );
}

/** The values of a list property (CATEGORIES, NICKNAME), unescaped and trimmed, empty ones gone. */
export function listValue(value: string): string[] {
  return splitUnescaped(value, ',')
    .map((item) => unescapeText(item).trim())
    .filter((item) => item !== '');
}

/** Base64 to bytes, or null when it is not base64 (whitespace and missing padding are forgiven). */
export function decodeBase64(value: string): Uint8Array | null {
  const compact = value.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]+=*$/.test(compact)) return null;
  const unpadded = compact.replace(/=+$/, '');
  if (unpadded.length % 4 === 1) return null;
  const padded = unpadded + '='.repeat((4 - (unpadded.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
