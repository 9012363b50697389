import type { Download } from '@playwright/test';
import { docxToText, pdfFontsOf, pdfToText, type PdfFont } from '../../support/office-convert';

/**
 * What a partner reads in a downloaded document, for specs that export one (a Playwright
 * `download` saved to a Buffer): the PDF's text through pdftotext, keeping columns side by
 * side, its fonts through pdffonts, and a DOCX's text through LibreOffice headless. Each throws,
 * naming the Debian package, when the tool is missing; `.ci/run` installs them.
 */

/** `layout: false` reads each column as a block, so a sentence wrapped in its cell stays together. */
export function pdfText(bytes: Buffer | Uint8Array, options: { layout?: boolean } = {}): Promise<string> {
  return pdfToText(bytes, options);
}

/**
 * The fonts a PDF uses (pdffonts), for the check that each is embedded: a PDF that leans on
 * the reader's own fonts shows Cyrillic as boxes or in a substitute on a partner's machine.
 */
export function pdfFonts(bytes: Buffer | Uint8Array): Promise<PdfFont[]> {
  return pdfFontsOf(bytes);
}

export function docxText(bytes: Buffer | Uint8Array): Promise<string> {
  return docxToText(bytes);
}

/** Blank space collapsed, so text that wrapped or was spread over a justified line still matches. */
export function flattenText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A Playwright download's bytes. */
export async function readDownload(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
