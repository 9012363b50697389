import { ulidToUUID } from 'ulid';
import type { Contact, MessengerHandle } from '../domain/contact';
import { UI_LANGUAGES, type UiLanguage } from '../domain/lang';
import type { Organization } from '../domain/organization';
import { contentLine, compoundValue, escapeList, escapeText, joinLines, utcDateTime, type Params } from './content-line';
import { countryName, organizationChain, toMap, type Lookup } from './export-names';

/**
 * Contacts as vCard 4.0 (RFC 6350), one VCARD each, for Apple Contacts, Google and Outlook.
 *
 * Names in several languages use the ALTID/LANGUAGE mechanism (§5.4): the spellings of one name
 * share an ALTID and say their LANGUAGE, so a reader shows the one that fits and counts them as
 * one name. FN also has a plain instance first, the name as the person writes it, for readers
 * that know nothing of ALTID. N, ORG, TITLE and ADR are given per language the same way, and only
 * in languages the record has them in: nothing is translated or guessed here.
 */

const ALT = '1';

function uid(id: string): string {
  // A ULID is 128 bits, as a UUID is: the same record gives the same UID in every export.
  if (/^[0-9A-HJKMNP-TV-Z]{26}$/.test(id)) return `urn:uuid:${ulidToUUID(id).toLowerCase()}`;
  return `urn:delegation-desk:contact:${encodeURIComponent(id)}`;
}

function altParams(lang: UiLanguage): Params {
  return [
    ['ALTID', ALT],
    ['LANGUAGE', lang],
  ];
}

/** The name shown where no language is chosen: the person's own spelling, else their first language's, else any. */
function defaultName(contact: Contact, spelled: readonly UiLanguage[], full: (lang: UiLanguage) => string): string {
  if (contact.nameOriginal.trim()) return contact.nameOriginal.trim();
  const spoken = contact.languages.find((code): code is UiLanguage => spelled.includes(code as UiLanguage));
  return full(spoken ?? spelled[0] ?? 'en');
}

function nameLines(contact: Contact): string[] {
  const full = (lang: UiLanguage) => [contact.givenName[lang], contact.familyName[lang]].map((p) => p.trim()).filter(Boolean).join(' ');
  const spelled = UI_LANGUAGES.filter((lang) => full(lang) !== '');
  const lines = [contentLine('FN', [], escapeText(defaultName(contact, spelled, full), 'vcard'))];
  for (const lang of spelled) lines.push(contentLine('FN', altParams(lang), escapeText(full(lang), 'vcard')));
  for (const lang of spelled) {
    // family; given; additional; honorific prefixes; honorific suffixes
    const fields = [contact.familyName[lang].trim(), contact.givenName[lang].trim(), '', contact.honorific[lang].trim(), ''];
    lines.push(contentLine('N', altParams(lang), compoundValue(fields)));
  }
  return lines;
}

function perLanguage(name: string, text: Record<UiLanguage, string>, escape: (value: string) => string): string[] {
  return UI_LANGUAGES.filter((lang) => text[lang].trim() !== '').map((lang) => contentLine(name, altParams(lang), escape(text[lang].trim())));
}

/** ORG: the organization with the bodies above it as units ("European Committee of the Regions;CIVEX …"). */
function orgLines(contact: Contact, organizations: ReadonlyMap<string, Organization>): string[] {
  const org = contact.organizationId ? organizations.get(contact.organizationId) : undefined;
  if (!org || org.deletedAt !== null) return [];
  const chain = organizationChain(org, organizations);
  const own = (o: Organization) => o.nameOriginal.trim() || o.shortName.trim();
  const spelled = UI_LANGUAGES.filter((lang) => org.name[lang].trim() !== '');
  if (spelled.length === 0) {
    const names = chain.map(own).filter(Boolean);
    return names.length > 0 ? [contentLine('ORG', [], compoundValue(names))] : [];
  }
  // A body above without a name in this language keeps its own spelling.
  const nameIn = (o: Organization, lang: UiLanguage) => o.name[lang].trim() || own(o);
  return spelled.map((lang) => contentLine('ORG', altParams(lang), compoundValue(chain.map((o) => nameIn(o, lang)).filter(Boolean))));
}

/** ADR with only the city and country, per language the city is spelled in. */
function addressLines(contact: Contact): string[] {
  const cityLangs = UI_LANGUAGES.filter((lang) => contact.city[lang].trim() !== '');
  if (cityLangs.length === 0 && !contact.country) return [];
  const langs = cityLangs.length > 0 ? cityLangs : UI_LANGUAGES;
  // post office box; extended; street; locality; region; postal code; country
  return langs.map((lang) =>
    contentLine('ADR', [['TYPE', 'work'], ...altParams(lang)], compoundValue(['', '', '', contact.city[lang].trim(), '', '', countryName(contact.country, lang)])),
  );
}

/** A global number as a tel: URI (RFC 3966: visual separators are "-" "." "(" ")"); any other as text. */
function phoneLine(phone: string): string {
  const value = phone.trim();
  if (value.startsWith('+')) return contentLine('TEL', [['VALUE', 'uri'], ['TYPE', 'work']], `tel:${value.replace(/\s+/g, '-')}`);
  return contentLine('TEL', [['VALUE', 'text'], ['TYPE', 'work']], escapeText(value, 'vcard'));
}

const MESSENGER_NAMES: Record<MessengerHandle['kind'], string> = { telegram: 'Telegram', signal: 'Signal', whatsapp: 'WhatsApp' };

/**
 * IMPP (RFC 4770, part of vCard 4.0) takes a URI: a Telegram user name as its t.me link, a phone
 * number as tel: (Signal and WhatsApp address people by number). X-SERVICE-TYPE names the service
 * for Apple Contacts, which shows it as the label.
 */
function messengerLine(messenger: MessengerHandle): string {
  const handle = messenger.handle.trim();
  const digits = handle.replace(/[^\d+]/g, '');
  const isPhone = /^\+?[\d\s().-]+$/.test(handle) && digits.replace('+', '').length >= 5;
  let uri: string;
  if (isPhone) uri = `tel:${digits}`;
  else if (messenger.kind === 'telegram') uri = `https://t.me/${encodeURIComponent(handle.replace(/^@/, ''))}`;
  else uri = `${messenger.kind}:${encodeURIComponent(handle)}`;
  return contentLine('IMPP', [['X-SERVICE-TYPE', MESSENGER_NAMES[messenger.kind]]], uri);
}

function vcard(contact: Contact, organizations: ReadonlyMap<string, Organization>): string[] {
  return [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'PRODID:-//Delegation Desk//Contacts//EN',
    'KIND:individual',
    contentLine('UID', [], uid(contact.id)),
    ...nameLines(contact),
    ...orgLines(contact, organizations),
    ...perLanguage('TITLE', contact.position, (v) => escapeText(v, 'vcard')),
    ...contact.emails.map((email) => contentLine('EMAIL', [['TYPE', 'work']], escapeText(email.trim(), 'vcard'))),
    ...contact.phones.map(phoneLine),
    ...contact.messengers.map(messengerLine),
    ...contact.languages.map((code, index) => contentLine('LANG', [['PREF', String(index + 1)]], code)),
    ...addressLines(contact),
    ...(contact.tags.length > 0 ? [contentLine('CATEGORIES', [], escapeList(contact.tags, 'vcard'))] : []),
    ...(contact.notes.trim() ? [contentLine('NOTE', [], escapeText(contact.notes.trim(), 'vcard'))] : []),
    `REV:${utcDateTime(contact.updatedAt)}`,
    'END:VCARD',
  ];
}

/** The contacts (those not in the Trash) as one .vcf file: UTF-8, CRLF, folded at 75 octets. */
export function contactsToVCard(contacts: readonly Contact[], organizations: Lookup<Organization>): string {
  const orgs = toMap(organizations);
  return joinLines(contacts.filter((c) => c.deletedAt === null).flatMap((contact) => vcard(contact, orgs)));
}
