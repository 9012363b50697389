import { AppError } from '#shared/errors/app-error';
import type { IpcEventHandler, InvokeEvent } from '../ipc';

/** The options this handler passes to Electron's `webContents.printToPDF`. */
export interface PdfPrintOptions {
  pageSize: 'A4';
  printBackground: boolean;
  landscape: boolean;
  preferCSSPageSize: boolean;
}

/** The part of Electron's `WebContents` that prints a page to PDF. */
export interface PdfPrinter {
  printToPDF(options: PdfPrintOptions): Promise<Uint8Array>;
}

/** An invoke event together with the web contents that sent it (Electron's `event.sender`). */
export interface PageInvokeEvent extends InvokeEvent {
  readonly sender: PdfPrinter;
}

/**
 * Prints the page that asked, and only that page, to PDF: A4 unless its print stylesheet sets
 * a page size, backgrounds kept, fonts embedded by Chromium. The bytes go back to the page,
 * which saves them through file:save, so no path is chosen here.
 */
export function createPrintPdfHandler(): IpcEventHandler<'pdf:printPage', PageInvokeEvent> {
  return async ({ landscape }, event) => {
    let pdf: Uint8Array;
    try {
      pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, landscape, preferCSSPageSize: true });
    } catch (error) {
      throw new AppError('pdfFailed', { reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown' }, { cause: error });
    }
    if (pdf.byteLength === 0) throw new AppError('pdfFailed', { reason: 'empty' });
    // A copy that owns exactly its bytes: Electron's Buffer may be a view into a larger pool.
    return { bytes: new Uint8Array(pdf) };
  };
}
