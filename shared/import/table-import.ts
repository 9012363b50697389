import { emptyContactInput, type ContactInput } from '../domain/contact';
import { emptyLocalized, type LocalizedText } from '../domain/lang';
import { MAX_LONG, MAX_SHORT } from '../domain/fields';
import { mapRow, type ColumnMapping, type MappedRow } from './column-mapping';
import { namesOfRow } from './column-mapping-names';
import { countryCodeOf, languageCodesOf } from './column-mapping-values';
import type { MeetingCandidate, ParsedImport } from './import-source';
import { languageOfName } from './name-language';
import { isBlankRow, type SourceTable } from './source-table';
import { parseImportDateTime, parseTimeRange } from './table-import-datetime';

/**
 * Turns the rows of a mapped table into what the import planner works from: a person per row
 * that names one (with the organization as written), and a meeting per row of an agenda that
 * has a date and a start time. Nothing here is validated against the schemas (the planner does
 * that and reports per row); texts are trimmed and cut to the fields' lengths so a long cell
 * fails nothing.
 */
export function tableToImport(table: SourceTable, mapping: ColumnMapping, fileName: string, format: 'csv' | 'xlsx'): ParsedImport {
  const parsed: ParsedImport = { format, fileName, contacts: [], meetings: [], rejected: [] };
  table.rows.forEach((cells, index) => {
    if (isBlankRow(cells)) return;
    const row = index + 1;
    const mapped = mapRow(cells, mapping);
    const contact = contactOfRow(mapped);
    const organizationName = short(mapped.organization?.[0] ?? '');
    // A row naming neither a person nor an organization is nobody's meeting either.
    if (!contact && !organizationName) {
      parsed.rejected.push({ row, reason: 'noName', excerpt: excerptOf(cells) });
      return;
    }
    if (contact) parsed.contacts.push({ row, contact, organizationName, photos: [] });
    const meeting = meetingOfRow(mapped, row, contact ? row : null, organizationName);
    if (meeting === 'badDateTime') parsed.rejected.push({ row, reason: 'badDateTime', excerpt: excerptOf(cells) });
    else if (meeting) parsed.meetings.push(meeting);
    // An organization alone is not a contact; without a meeting nothing of the row would be imported.
    else if (!contact) parsed.rejected.push({ row, reason: 'noName', excerpt: excerptOf(cells) });
  });
  return parsed;
}

const short = (text: string) => text.trim().slice(0, MAX_SHORT).trim();
const MAX_LIST = 20;

/** The row's person, or null when it names nobody in any spelling. */
function contactOfRow(mapped: MappedRow): ContactInput | null {
  const names = namesOfRow((mapped.givenName ?? []).map(short), (mapped.familyName ?? []).map(short), (mapped.fullName ?? []).map(short));
  const hasName = [...Object.values(names.givenName), ...Object.values(names.familyName), names.nameOriginal].some(Boolean);
  if (!hasName) return null;
  const contact = emptyContactInput();
  contact.givenName = names.givenName;
  contact.familyName = names.familyName;
  contact.nameOriginal = short(names.nameOriginal);
  // A Russian-spelled name makes the row's other Cyrillic texts Russian unless they say otherwise.
  const cyrillic = names.givenName.ru || names.familyName.ru ? 'ru' : 'uk';
  contact.honorific = byScript(mapped.honorific, cyrillic);
  contact.position = byScript(mapped.position, cyrillic);
  contact.city = byScript(mapped.city, cyrillic);
  contact.country = firstOf(mapped.country, countryCodeOf);
  contact.languages = unique((mapped.language ?? []).flatMap(languageCodesOf)).slice(0, MAX_LIST);
  contact.emails = unique((mapped.email ?? []).flatMap(emailsOf)).slice(0, MAX_LIST);
  contact.phones = unique((mapped.phone ?? []).flatMap(phonesOf)).slice(0, MAX_LIST);
  contact.notes = (mapped.notes ?? []).join('\n\n').slice(0, MAX_LONG);
  contact.tags = unique((mapped.tags ?? []).flatMap(tagsOf)).slice(0, 50);
  return contact;
}

const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/u;

/**
 * Each value under its language: Latin is en; Cyrillic with a letter only Ukrainian has is uk,
 * with one only Russian has ru, and otherwise the row's Cyrillic language ("Глава
 * администрации" could be either). The first value per language wins.
 */
function byScript(values: readonly string[] | undefined, cyrillic: 'uk' | 'ru'): LocalizedText {
  const result = emptyLocalized();
  for (const value of values ?? []) {
    let lang = languageOfName(value);
    if (lang === 'uk' && !UKRAINIAN_ONLY.test(value)) lang = cyrillic;
    if (!result[lang]) result[lang] = short(value);
  }
  return result;
}

function firstOf(values: readonly string[] | undefined, read: (text: string) => string): string {
  for (const value of values ?? []) {
    const code = read(value);
    if (code) return code;
  }
  return '';
}

const unique = (values: string[]) => [...new Set(values)];

/** Google writes several values in one cell joined by ' ::: '; people use commas, semicolons and newlines. */
const emailsOf = (cell: string) => cell.split(/\s*:::\s*|[\s,;]+/u).map((part) => part.replace(/^mailto:/iu, '')).filter((part) => part.includes('@')).map(short);
const phonesOf = (cell: string) => cell.split(/\s*:::\s*|[,;\n]+/u).map(short).filter((part) => /\d/u.test(part));

/** Google labels ("* myContacts ::: Partners") are its system groups and the user's own; only the latter are tags. */
function tagsOf(cell: string): string[] {
  return cell
    .split(/\s*:::\s*|[,;\n]+/u)
    .map((part) => part.trim().replace(/^\*\s*/u, ''))
    .filter((part) => part !== '' && !/^(mycontacts|starred|my contacts)$/iu.test(part))
    .map((part) => part.slice(0, 60).trim());
}

/**
 * The row's meeting: null when the row has no when-cells at all (a plain contact list),
 * 'badDateTime' when it has some that do not make a date and a start time.
 */
function meetingOfRow(mapped: MappedRow, row: number, contactRow: number | null, organizationName: string): MeetingCandidate | 'badDateTime' | null {
  const dateCell = mapped.meetingDate?.[0];
  const dateTimeCell = mapped.meetingDateTime?.[0];
  const startCell = mapped.meetingStart?.[0];
  const endCell = mapped.meetingEnd?.[0];
  if (dateCell === undefined && dateTimeCell === undefined && startCell === undefined) return null;
  const when = whenOf(dateCell, dateTimeCell, startCell, endCell);
  if (when === null) return 'badDateTime';
  return {
    row,
    title: short(mapped.meetingTitle?.[0] ?? ''),
    ...when,
    place: { venue: short(mapped.meetingPlace?.[0] ?? ''), room: '', table: short(mapped.meetingTable?.[0] ?? ''), onlineUrl: '' },
    contactRow,
    organizationName,
  };
}

function whenOf(
  dateCell: string | undefined,
  dateTimeCell: string | undefined,
  startCell: string | undefined,
  endCell: string | undefined,
): { date: string; startTime: string; endTime: string } | null {
  // A date column may hold a full date-time (an Excel date cell with a time), and a date-time column a date only.
  const dated =
    (dateTimeCell !== undefined ? parseImportDateTime(dateTimeCell) : null) ?? (dateCell !== undefined ? parseImportDateTime(dateCell) : null);
  if (dated === null) return null;
  const range = startCell !== undefined ? parseTimeRange(startCell) : dated.time;
  if (range === null) return null;
  let endTime = range.end;
  if (endCell !== undefined) {
    const end = parseTimeRange(endCell);
    if (end === null) return null;
    endTime = end.start;
  }
  return { date: dated.date, startTime: range.start, endTime };
}

/** The first few non-empty cells, to recognise the row in the preview. */
export function excerptOf(cells: readonly string[]): string {
  const text = cells.map((cell) => cell.trim()).filter(Boolean).slice(0, 4).join(' · ');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
