import { describe, expect, it } from 'vitest';
import { fileKind, previewOf } from './file-kind';

describe('fileKind', () => {
  it('reads the MIME type first and the extension when there is none', () => {
    expect(fileKind('image/jpeg', 'card')).toBe('image');
    expect(fileKind('application/pdf', 'agenda.bin')).toBe('pdf');
    expect(fileKind('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'x')).toBe('presentation');
    expect(fileKind('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'x')).toBe('spreadsheet');
    expect(fileKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'x')).toBe('document');
    expect(fileKind('', 'Hauts-de-France.PPTX')).toBe('presentation');
    expect(fileKind('application/octet-stream', 'minutes.docx')).toBe('document');
    expect(fileKind('', 'README')).toBe('other');
  });
});

describe('previewOf', () => {
  it('shows PDFs and the image formats a browser draws', () => {
    expect(previewOf('application/pdf', 'agenda.pdf')).toEqual({ as: 'pdf', mimeType: 'application/pdf' });
    expect(previewOf('', 'presentation.pdf')).toEqual({ as: 'pdf', mimeType: 'application/pdf' });
    expect(previewOf('image/png', 'card.png')).toEqual({ as: 'image', mimeType: 'image/png' });
    expect(previewOf('', 'card.JPG')).toEqual({ as: 'image', mimeType: 'image/jpeg' });
  });

  it('saves out what the app cannot show', () => {
    expect(previewOf('image/heic', 'IMG_0042.HEIC')).toBeNull();
    expect(previewOf('image/tiff', 'scan.tiff')).toBeNull();
    expect(previewOf('application/zip', 'photos.zip')).toBeNull();
    expect(previewOf('text/html', 'page.html')).toBeNull();
  });
});
