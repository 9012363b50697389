import { describe, expect, it } from 'vitest';
import { parsePdfFonts, pdfFontsOf, toolGate } from './office-convert';

/**
 * The embedded-fonts check of the agreement PDF leans on these: a font left out of the file
 * must read as not embedded, and output that is not pdffonts' table must not read as "no fonts".
 */

/** A one-page PDF that names Helvetica without carrying it: the reader must supply the font. */
function pdfWithStandardFont(): Uint8Array {
  const text = 'BT /F1 12 Tf 20 50 Td (Kalush) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const at = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe('pdffonts output', () => {
  it('reads each font by its columns, types with spaces included', () => {
    const output = [
      'name                                 type              encoding         emb sub uni object ID',
      '------------------------------------ ----------------- ---------------- --- --- --- ---------',
      'AAAAAA+NotoSans-Regular              CID TrueType      Identity-H       yes yes yes      9  0',
      'Helvetica                            Type 1            WinAnsi          no  no  no       4  0',
      '',
    ].join('\n');
    expect(parsePdfFonts(output)).toEqual([
      { name: 'AAAAAA+NotoSans-Regular', type: 'CID TrueType', encoding: 'Identity-H', embedded: true, subset: true, unicode: true },
      { name: 'Helvetica', type: 'Type 1', encoding: 'WinAnsi', embedded: false, subset: false, unicode: false },
    ]);
  });

  it('refuses output that is not its table', () => {
    expect(() => parsePdfFonts('Syntax Error: Couldn\'t find trailer dictionary\n')).toThrow(/not pdffonts output/);
  });

  it.runIf(toolGate('pdffonts').run)('finds a font the PDF does not carry', async () => {
    expect(await pdfFontsOf(pdfWithStandardFont())).toEqual([
      { name: 'Helvetica', type: 'Type 1', encoding: 'WinAnsi', embedded: false, subset: false, unicode: false },
    ]);
  });
});
