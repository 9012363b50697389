import type { ContactInput } from '#shared/domain/contact';
import type { OrganizationInput } from '#shared/domain/organization';
import { generateContacts, generateOrganizations, Random } from '../fixtures/generate';

/**
 * The vCard file the import benchmark reads: the generator's people (Ukrainian, Russian-speaking
 * and Western names, emails, phones, positions, organizations) written the three ways clients
 * write them, in turn:
 * - Android's 2.1: `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:` with the Ukrainian spelling;
 * - vCard 4.0 with the Ukrainian and English spellings as ALTID/LANGUAGE alternatives;
 * - Outlook/Apple 3.0 with the Latin spelling only.
 * Deterministic for a seed. A share of the cards repeat people already in the workspace (the
 * same spelling or another script, or just their email), so the duplicate check has work.
 */

const CRLF = '\r\n';

/** vCard text escaping (RFC 6350 3.4) of a component of N or ORG. */
const escapeText = (value: string) => value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');

/** Quoted-printable of UTF-8, as Android writes it: every non-ASCII byte as =XX, soft line breaks at 76. */
function quotedPrintable(value: string): string {
  const bytes = new TextEncoder().encode(value);
  let line = '';
  const lines: string[] = [];
  for (const byte of bytes) {
    const safe = byte >= 0x21 && byte <= 0x7e && byte !== 0x3d && byte !== 0x3b;
    const piece = safe || byte === 0x20 ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 73) {
      lines.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/**
 * Lines longer than 75 characters folded as RFC 6350 3.2 says (a CRLF and a space); 2.1's
 * quoted-printable values are broken with soft line breaks instead, as Android does.
 */
function fold(line: string): string {
  if (line.length <= 75 || line.includes('ENCODING=QUOTED-PRINTABLE')) return line;
  const parts: string[] = [];
  for (let at = 0; at < line.length; at += 74) parts.push(line.slice(at, at + 74));
  return parts.join(`${CRLF} `);
}

function android(contact: ContactInput, organization: string): string[] {
  const n = `${contact.familyName.uk};${contact.givenName.uk};;;`;
  const fn = `${contact.givenName.uk} ${contact.familyName.uk}`;
  const lines = ['BEGIN:VCARD', 'VERSION:2.1', `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${quotedPrintable(n)}`, `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${quotedPrintable(fn)}`];
  for (const phone of contact.phones) lines.push(`TEL;CELL:${phone}`);
  for (const email of contact.emails) lines.push(`EMAIL;HOME:${email}`);
  if (organization) lines.push(`ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${quotedPrintable(organization)}`);
  return lines;
}

function version4(contact: ContactInput, organization: string): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  for (const lang of ['uk', 'en'] as const) {
    lines.push(`FN;ALTID=1;LANGUAGE=${lang}:${contact.givenName[lang]} ${contact.familyName[lang]}`);
    lines.push(`N;ALTID=2;LANGUAGE=${lang}:${escapeText(contact.familyName[lang])};${escapeText(contact.givenName[lang])};;;`);
  }
  if (contact.position.en) lines.push(`TITLE:${contact.position.en}`);
  if (organization) lines.push(`ORG:${escapeText(organization)}`);
  for (const email of contact.emails) lines.push(`EMAIL;TYPE=work:${email}`);
  for (const phone of contact.phones) lines.push(`TEL;VALUE=uri;TYPE="voice,cell":tel:${phone.replace(/\s/g, '')}`);
  return lines;
}

function version3(contact: ContactInput, organization: string): string[] {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${escapeText(contact.familyName.en)};${escapeText(contact.givenName.en)};;;`,
    `FN:${contact.givenName.en} ${contact.familyName.en}`,
  ];
  if (organization) lines.push(`ORG:${escapeText(organization)};`);
  if (contact.position.en) lines.push(`TITLE:${contact.position.en}`);
  contact.emails.forEach((email, n) => lines.push(`item${n + 1}.EMAIL;type=INTERNET;type=pref:${email}`));
  for (const phone of contact.phones) lines.push(`TEL;type=CELL;type=VOICE:${phone}`);
  return lines;
}

const WRITERS = [android, version4, version3] as const;

export interface ImportCards {
  text: string;
  cards: number;
  /** Cards written from a person already in the workspace. */
  repeats: number;
}

/**
 * `count` cards; `existing` are the workspace's generated people, of which about one card in
 * twenty is a repeat (the generator's names also coincide now and then, as real names do).
 */
export function importCards(count: number, seed: number, existing: readonly ContactInput[], organizations: readonly OrganizationInput[]): ImportCards {
  const random = new Random(seed ^ 0x5bd1e995);
  const people = generateContacts(count, seed + 1);
  const names = organizations.length > 0 ? organizations : generateOrganizations(200, seed);
  let repeats = 0;
  const cards = people.map((fresh, n) => {
    const repeat = existing.length > 0 && random.chance(0.05);
    if (repeat) repeats += 1;
    const contact = repeat ? random.pick(existing) : fresh;
    const organization = random.chance(0.6) ? random.pick(names).name.uk : '';
    const lines = WRITERS[n % WRITERS.length](contact, organization);
    lines.push('END:VCARD');
    return lines.map(fold).join(CRLF);
  });
  return { text: `${cards.join(CRLF)}${CRLF}`, cards: count, repeats };
}
