/** What sort of file an attachment is, for its icon and its name in the list. */
export const FILE_KINDS = ['image', 'pdf', 'document', 'spreadsheet', 'presentation', 'archive', 'text', 'audio', 'video', 'other'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const BY_EXTENSION: Record<string, FileKind> = {
  pdf: 'pdf',
  ...Object.fromEntries(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'bmp', 'svg', 'ico', 'heic', 'heif', 'tif', 'tiff'].map((e) => [e, 'image'])),
  ...Object.fromEntries(['doc', 'docx', 'odt', 'rtf', 'pages'].map((e) => [e, 'document'])),
  ...Object.fromEntries(['xls', 'xlsx', 'ods', 'csv', 'numbers'].map((e) => [e, 'spreadsheet'])),
  ...Object.fromEntries(['ppt', 'pptx', 'odp', 'key'].map((e) => [e, 'presentation'])),
  ...Object.fromEntries(['zip', '7z', 'rar', 'gz', 'tar'].map((e) => [e, 'archive'])),
  ...Object.fromEntries(['txt', 'md', 'vcf'].map((e) => [e, 'text'])),
  ...Object.fromEntries(['mp3', 'm4a', 'wav', 'ogg', 'opus'].map((e) => [e, 'audio'])),
  ...Object.fromEntries(['mp4', 'mov', 'webm', 'mkv', 'avi'].map((e) => [e, 'video'])),
};

const extensionOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

function kindFromMime(mimeType: string): FileKind | null {
  const type = mimeType.toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  if (type === 'text/csv' || type.includes('spreadsheet') || type.includes('ms-excel')) return 'spreadsheet';
  if (type.includes('presentation') || type.includes('ms-powerpoint')) return 'presentation';
  if (type.includes('wordprocessing') || type === 'application/msword' || type === 'application/rtf') return 'document';
  if (type.startsWith('text/')) return 'text';
  if (/zip|compressed|x-7z|x-rar|x-tar|gzip/.test(type)) return 'archive';
  return null;
}

/** By MIME type when the system gave one, else by the file name's extension. */
export function fileKind(mimeType: string, fileName: string): FileKind {
  return kindFromMime(mimeType) ?? BY_EXTENSION[extensionOf(fileName)] ?? 'other';
}

/** Image formats Chromium draws in an <img>; a HEIC or TIFF photo is saved out instead. */
const DRAWABLE_IMAGES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
};

export type Preview = { as: 'image' | 'pdf'; mimeType: string };

/**
 * How the app can show a file itself, or null when it can only be saved out. The MIME type is
 * the canonical one for the format, never the stored one as given, so a file is always shown
 * as the kind of content its preview expects.
 */
export function previewOf(mimeType: string, fileName: string): Preview | null {
  const kind = fileKind(mimeType, fileName);
  if (kind === 'pdf') return { as: 'pdf', mimeType: 'application/pdf' };
  if (kind !== 'image') return null;
  const fromMime = Object.values(DRAWABLE_IMAGES).find((type) => type === mimeType.toLowerCase());
  const drawable = fromMime ?? DRAWABLE_IMAGES[extensionOf(fileName)];
  return drawable ? { as: 'image', mimeType: drawable } : null;
}
