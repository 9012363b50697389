import { AppError } from '../errors/app-error';
import { MAX_IMPORT_ROWS, type ContactCandidate, type ParsedImport, type RejectedRow } from './import-source';
import { decodeImportText, type ImportEncoding } from './text-decoding';
import { cardToCandidate, reject } from './vcard/card-candidate';
import { splitCards, type RawCard } from './vcard/content-lines';

/*
 * The vCard reader. ical.js reads vCard 3.0 and 4.0, but not what phones and Outlook actually
 * write as 2.1: it refuses bare parameters (`TEL;CELL:`), breaks on quoted-printable soft line
 * breaks, keeps the CR of Apple's CR CR LF line ends in values, and throws on the first bad line
 * of a file, which would cost every other card in it. So cards are read here by a small tolerant
 * content-line reader (vcard/content-lines.ts, vcard/property-line.ts), one card at a time, and
 * mapped to our contact fields (vcard/card-*.ts). The writer side's tests still read our own
 * exports back with ical.js.
 */

/** A .vcf file's bytes → contact candidates and rejected cards. Throws only AppError. */
export function readVcardFile(bytes: Uint8Array, fileName: string, encoding: ImportEncoding | 'auto' = 'auto'): ParsedImport {
  const { text } = decodeImportText(bytes, encoding);
  return parseVcards(text, fileName);
}

/**
 * The cards of a vCard text, each one candidate (`row` = its number in the file) or one
 * rejection; a broken card costs only itself. Text with no BEGIN:VCARD at all is not a vCard
 * file: 'importUnreadable'.
 */
export function parseVcards(text: string, fileName: string): ParsedImport {
  const cards = splitCards(text);
  if (cards.length === 0) throw new AppError('importUnreadable');
  if (cards.length > MAX_IMPORT_ROWS) throw new AppError('importTooManyRows', { rows: cards.length, limit: MAX_IMPORT_ROWS });
  const contacts: ContactCandidate[] = [];
  const rejected: RejectedRow[] = [];
  for (const card of cards) {
    let outcome;
    try {
      outcome = cardToCandidate(card);
    } catch {
      // Whatever a card holds, it is the file's problem, not a reason to lose the other cards.
      outcome = safeRejection(card);
    }
    if ('candidate' in outcome) contacts.push(outcome.candidate);
    else rejected.push(outcome.rejected);
  }
  return { format: 'vcard', fileName, contacts, meetings: [], rejected };
}

function safeRejection(card: RawCard): { rejected: RejectedRow } {
  try {
    return reject(card, 'malformedCard');
  } catch {
    return { rejected: { row: card.row, reason: 'malformedCard', excerpt: '' } };
  }
}
