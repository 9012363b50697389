import { docxToText, pdfToText } from '../../support/office-convert';

/**
 * What a partner reads in a downloaded document, for specs that export one (a Playwright
 * `download` saved to a Buffer): the PDF's text through pdftotext, keeping columns side by
 * side, and a DOCX's text through LibreOffice headless. Both throw, naming the Debian package,
 * when the tool is missing; `.ci/run` installs them.
 */

/** `layout: false` reads each column as a block, so a sentence wrapped in its cell stays together. */
export function pdfText(bytes: Buffer | Uint8Array, options: { layout?: boolean } = {}): Promise<string> {
  return pdfToText(bytes, options);
}

export function docxText(bytes: Buffer | Uint8Array): Promise<string> {
  return docxToText(bytes);
}

/** Blank space collapsed, so text that wrapped or was spread over a justified line still matches. */
export function flattenText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
