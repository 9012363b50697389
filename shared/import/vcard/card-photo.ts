import { MAX_ATTACHMENT_BYTES } from '../../domain/attachment';
import { safeFileName } from '../../exports/file-names';
import type { ImportedPhoto } from '../import-source';
import { isBase64, paramOf, type VcardProperty } from './property-line';
import { decodeBase64 } from './property-value';

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
  'image/heic': 'heic',
};

/** TYPE=JPEG (2.1/3.0), MEDIATYPE=image/jpeg (4.0), image/jpeg from a data: URI → the MIME type. */
function declaredType(written: string): string {
  const type = written.trim().toLowerCase();
  if (type === '') return '';
  if (type.includes('/')) return type;
  return type === 'jpg' ? 'image/jpeg' : `image/${type}`;
}

/** What the bytes are, from their signature; '' when not an image we know. The bytes decide over the label. */
function sniffedType(bytes: Uint8Array): string {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return 'image/webp';
  if (starts(0x42, 0x4d)) return 'image/bmp';
  return '';
}

interface InlinePhoto {
  bytes: Uint8Array;
  declared: string;
}

/**
 * The bytes of a photo carried in the card: base64 in the value (2.1 `ENCODING=BASE64`, 3.0
 * `ENCODING=b`) or a 4.0 `data:` URI. A photo by reference (http, file, cid) is not fetched: the
 * app makes no network requests.
 */
function inlinePhotoOf(property: VcardProperty): InlinePhoto | null {
  const value = property.rawValue.trim();
  const dataUri = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/is.exec(value);
  if (dataUri) {
    if (!/;base64/i.test(dataUri[2])) return null;
    const bytes = decodeBase64(dataUri[3]);
    return bytes && { bytes, declared: declaredType(dataUri[1]) };
  }
  if (!isBase64(property) || /^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  const bytes = decodeBase64(value);
  const type = paramOf(property, 'MEDIATYPE') || (property.params.TYPE ?? []).find((t) => !/^(pref|home|work)$/i.test(t)) || '';
  return bytes && { bytes, declared: declaredType(type) };
}

/** The card's inline photos as attachments named after the person ("Артем Лисогор.jpg"). */
export function photosOf(properties: readonly VcardProperty[], personName: string): ImportedPhoto[] {
  const photos: ImportedPhoto[] = [];
  // The exports' file-name rules: no reserved or invisible characters, no device names, not too long.
  const base = /[\p{L}\p{N}]/u.test(personName) ? personName : 'photo';
  for (const property of properties) {
    if (property.name !== 'PHOTO') continue;
    const photo = inlinePhotoOf(property);
    if (!photo || photo.bytes.length === 0 || photo.bytes.length > MAX_ATTACHMENT_BYTES) continue;
    const mimeType = sniffedType(photo.bytes) || (/^image\/[a-z0-9.+-]{1,60}$/.test(photo.declared) ? photo.declared : '');
    if (!mimeType) continue;
    const extension = EXTENSIONS[mimeType] ?? (mimeType.slice('image/'.length).replace(/[^a-z0-9]/g, '') || 'img');
    const suffix = photos.length === 0 ? '' : ` ${photos.length + 1}`;
    photos.push({ fileName: safeFileName(`${base}${suffix}`, extension), mimeType, bytes: photo.bytes });
  }
  return photos;
}
