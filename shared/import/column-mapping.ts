/**
 * What a column of a CSV or XLSX file means: the field of ours it fills, chosen per column by
 * the layout a file is recognized as (csv-layouts.ts) or by the user in the mapping step.
 */
export const IMPORT_FIELDS = [
  'ignore',
  // The person
  'fullName',
  'givenName',
  'familyName',
  'honorific',
  'position',
  'organization',
  'email',
  'phone',
  'city',
  'country',
  'notes',
  'tags',
  'language',
  // A meeting in a conference organizer's matchmaking agenda
  'meetingDate',
  'meetingStart',
  'meetingEnd',
  'meetingDateTime',
  'meetingTitle',
  'meetingPlace',
  'meetingTable',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One field per column of the table, in column order. */
export type ColumnMapping = ImportField[];

export const MEETING_FIELDS: readonly ImportField[] = [
  'meetingDate',
  'meetingStart',
  'meetingEnd',
  'meetingDateTime',
  'meetingTitle',
  'meetingPlace',
  'meetingTable',
];

export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** The file has when-columns, so its rows may be meetings (an agenda) as well as people. */
export function mapsMeetings(mapping: ColumnMapping): boolean {
  return mapping.some((field) => field === 'meetingDate' || field === 'meetingStart' || field === 'meetingDateTime');
}

/** The cells of a row grouped by the field their column maps to, in column order, blanks left out. */
export type MappedRow = Partial<Record<ImportField, string[]>>;

export function mapRow(cells: readonly string[], mapping: ColumnMapping): MappedRow {
  const mapped: MappedRow = {};
  mapping.forEach((field, column) => {
    const value = (cells[column] ?? '').trim();
    if (field === 'ignore' || value === '') return;
    (mapped[field] ??= []).push(value);
  });
  return mapped;
}
