/**
 * Cutting a vCard file into cards and a card into logical lines, tolerantly: line ends CRLF, LF,
 * CR or Apple's CR CR LF; folding by a leading space or tab (all versions); vCard 2.1's
 * quoted-printable soft breaks (`=` at the end of a line, the next line not indented) and its
 * base64 blocks whose lines may not be indented and which end with a blank line.
 */

export interface RawCard {
  /** 1-based position of the card in the file. */
  row: number;
  /** The card's logical lines, between BEGIN:VCARD and END:VCARD, unfolded; blank lines dropped. */
  lines: string[];
  /** Whether END:VCARD closed it; a card cut off by the end of the file or by the next BEGIN did not. */
  complete: boolean;
}

const BEGIN = /^\s*BEGIN\s*:\s*VCARD\s*$/i;
const END = /^\s*END\s*:\s*VCARD\s*$/i;

/**
 * The cards of a file, in order. Lines outside any card are ignored (blank lines, a stray
 * END). A BEGIN inside a card ends that card as incomplete rather than nesting: a file of cards
 * where one was cut short is far more common than vCard 2.1's embedded AGENT card.
 * Returns an empty list when the text has no BEGIN:VCARD at all.
 */
export function splitCards(text: string): RawCard[] {
  const physical = text.replace(/^\uFEFF/, '').replace(/\r+\n?/g, '\n').split('\n');
  const cards: RawCard[] = [];
  let open: string[] | null = null;
  const close = (complete: boolean) => {
    if (open) cards.push({ row: cards.length + 1, lines: unfold(open), complete });
    open = null;
  };
  for (const line of physical) {
    if (BEGIN.test(line)) {
      close(false);
      open = [];
    } else if (END.test(line)) {
      close(true);
    } else if (open) {
      open.push(line);
    }
  }
  close(false);
  return cards;
}

/** The name and parameters of a line: what comes before its first colon. */
function headOf(line: string): string {
  const colon = line.indexOf(':');
  return colon < 0 ? '' : line.slice(0, colon);
}

const QUOTED_PRINTABLE = /(^|[;=])QUOTED-PRINTABLE([;,]|$)/i;
const BASE64 = /(^|[;=,])(BASE64|B)([;,]|$)/i;
const BASE64_TEXT = /^[A-Za-z0-9+/=]+$/;

export function unfold(physical: readonly string[]): string[] {
  const logical: string[] = [];
  // After a base64 property, vCard 2.1 writers may continue the data on unindented lines until a blank one.
  let base64Open = false;
  for (const line of physical) {
    const last = logical.length - 1;
    const previous = last >= 0 ? logical[last] : null;
    if (previous !== null && previous.endsWith('=') && QUOTED_PRINTABLE.test(headOf(previous))) {
      logical[last] = previous.slice(0, -1) + line;
    } else if (line.trim() === '') {
      base64Open = false;
    } else if (previous !== null && (line[0] === ' ' || line[0] === '\t')) {
      logical[last] = previous + line.slice(1);
    } else if (previous !== null && base64Open && BASE64_TEXT.test(line)) {
      logical[last] = previous + line;
    } else {
      logical.push(line);
      base64Open = BASE64.test(headOf(line));
    }
  }
  return logical;
}
