/**
 * How clause text (plain text, paragraphs separated by blank lines) is laid out in output:
 * shared by the DOCX writer and the print view, so both break it the same way.
 */

// Characters XML 1.0 cannot hold at all; a pasted one would make a .docx unreadable.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** The text without characters a document format cannot hold (stray control characters). */
export function printableText(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Blank-line separated paragraphs, each a list of lines; surrounding blank space dropped. */
export function textParagraphs(text: string): string[][] {
  return printableText(text)
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => paragraph.split('\n').map((line) => line.trimEnd()));
}

/** "2.1. Heading", "Heading" or "2.1." — what a clause shows in bold above (or before) its text. */
export function clauseHeading(number: string, heading: string): string {
  return [number.trim(), printableText(heading).trim()].filter((part) => part !== '').join(' ');
}

/**
 * Whether the kind ("Memorandum of Cooperation") is worth a line above the title: not when the
 * title already says exactly that, as a template's plain title often does.
 */
export function showsKindLabel(kindLabel: string, title: string, lang: string): boolean {
  const kind = kindLabel.trim();
  return kind !== '' && kind.toLocaleLowerCase(lang) !== title.trim().toLocaleLowerCase(lang);
}
