import { describe, expect, it, vi } from 'vitest';
import { AppError } from '#shared/errors/app-error';
import { createPrintPdfHandler, type PageInvokeEvent, type PdfPrinter } from './print-pdf';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]); // %PDF-1.7

function pageEvent(printToPDF: PdfPrinter['printToPDF']): PageInvokeEvent & { sender: { printToPDF: ReturnType<typeof vi.fn> } } {
  return { senderFrame: { url: 'app://delegation-desk/index.html', parent: null }, sender: { printToPDF: vi.fn(printToPDF) } };
}

describe('pdf:printPage handler', () => {
  it('prints the page that asked as A4 through its print stylesheet and returns the bytes', async () => {
    const event = pageEvent(async () => PDF);
    await expect(createPrintPdfHandler()({ landscape: false }, event)).resolves.toEqual({ bytes: PDF });
    expect(event.sender.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, landscape: false, preferCSSPageSize: true });
  });

  it('passes the orientation the page asked for', async () => {
    const event = pageEvent(async () => PDF);
    await createPrintPdfHandler()({ landscape: true }, event);
    expect(event.sender.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ landscape: true }));
  });

  it('returns a copy holding only the PDF, not the rest of a pooled buffer', async () => {
    const pool = new Uint8Array(64).fill(0xaa);
    pool.set(PDF, 16);
    const { bytes } = await createPrintPdfHandler()({ landscape: false }, pageEvent(async () => pool.subarray(16, 16 + PDF.length)));
    expect(bytes).toEqual(PDF);
    expect(bytes.buffer.byteLength).toBe(PDF.length);
  });

  it('reports a failed print as pdfFailed with the reason', async () => {
    const failure = createPrintPdfHandler()({ landscape: false }, pageEvent(async () => Promise.reject(new Error('Printing failed'))));
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ code: 'pdfFailed', details: { reason: 'Printing failed' } });
  });

  it('treats an empty result as a failure rather than saving an empty file', async () => {
    const failure = createPrintPdfHandler()({ landscape: false }, pageEvent(async () => new Uint8Array()));
    await expect(failure).rejects.toMatchObject({ code: 'pdfFailed', details: { reason: 'empty' } });
  });
});
