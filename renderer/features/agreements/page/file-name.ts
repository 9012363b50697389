/** Characters no file system takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;

/** "Угода про встановлення побратимських зв’язків.docx": the title as a safe file name. */
export function agreementFileName(title: string, extension: string): string {
  const base = title.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '').slice(0, 120) || 'agreement';
  return `${base}.${extension}`;
}
