import type { ColumnMapping, ImportField } from './column-mapping';
import { guessField } from './csv-layouts-generic';

/**
 * Recognizes the contact exports people bring, by their header row, and maps their columns:
 * Google Contacts (the current export and the older one) and Outlook (the English header set
 * of the desktop "Export to a file" and of Outlook.com). Anything else is 'generic': each column
 * is guessed from its header's words (csv-layouts-generic.ts).
 */
export type CsvLayout = 'google' | 'outlook' | 'generic';

export interface RecognizedLayout {
  layout: CsvLayout;
  mapping: ColumnMapping;
}

/** Numbered multi-value columns: "E-mail 2 - Value", "Phone 3 - Value", "Organization 1 - Name". */
const GOOGLE_NUMBERED: readonly (readonly [RegExp, ImportField])[] = [
  [/^E-mail \d+ - Value$/i, 'email'],
  [/^Phone \d+ - Value$/i, 'phone'],
  [/^Organization 1 - Name$/i, 'organization'],
  [/^Organization 1 - Title$/i, 'position'],
  [/^Address 1 - City$/i, 'city'],
  [/^Address 1 - Country$/i, 'country'],
];

const GOOGLE_COLUMNS: Record<string, ImportField> = {
  // Current export (contacts.google.com, 2023 on)
  'first name': 'givenName',
  'last name': 'familyName',
  'name prefix': 'honorific',
  'organization name': 'organization',
  'organization title': 'position',
  notes: 'notes',
  labels: 'tags',
  // Older export
  name: 'fullName',
  'given name': 'givenName',
  'family name': 'familyName',
  'group membership': 'tags',
  language: 'language',
};

/** Columns only Google's exports have. */
const GOOGLE_MARKERS = /^(Phonetic First Name|File As|Labels|Group Membership|Given Name Yomi|Family Name Yomi|(E-mail|Phone|Address|Organization|Website|Relation|Event|Custom Field|IM) \d+ - (Label|Value|Type|Name|Title|Formatted))$/i;

const OUTLOOK_COLUMNS: Record<string, ImportField> = {
  title: 'honorific',
  'first name': 'givenName',
  'last name': 'familyName',
  company: 'organization',
  'job title': 'position',
  'business city': 'city',
  'home city': 'city',
  'other city': 'city',
  'business country/region': 'country',
  'home country/region': 'country',
  'other country/region': 'country',
  'business country': 'country',
  'home country': 'country',
  'business phone': 'phone',
  'business phone 2': 'phone',
  'mobile phone': 'phone',
  'primary phone': 'phone',
  'home phone': 'phone',
  'home phone 2': 'phone',
  'car phone': 'phone',
  'other phone': 'phone',
  'e-mail address': 'email',
  'e-mail 2 address': 'email',
  'e-mail 3 address': 'email',
  categories: 'tags',
  language: 'language',
  notes: 'notes',
};

/** Columns only Outlook's export has. */
const OUTLOOK_MARKERS = /^(E-mail( \d)? (Address|Type|Display Name)|Business (Street|Phone|Fax|City)|Mobile Phone|Job Title|Company Main Phone|Assistant's Phone|Other Country\/Region|TTY\/TDD Phone|Internet Free Busy|Government ID Number)$/i;

const key = (header: string) => header.trim().toLowerCase();

function googleField(header: string): ImportField {
  const exact = GOOGLE_COLUMNS[key(header)];
  if (exact) return exact;
  for (const [pattern, field] of GOOGLE_NUMBERED) if (pattern.test(header.trim())) return field;
  // The export's other columns (Phonetic…, Nickname, Birthday, "E-mail 1 - Label", "Organization 1 - Department"…) are not ours.
  const other = GOOGLE_MARKERS.test(header.trim()) || / \d+ - /u.test(header) || KNOWN_GOOGLE_OTHERS.has(key(header));
  return other ? 'ignore' : guessField(header);
}

const KNOWN_GOOGLE_OTHERS = new Set(
  ['middle name', 'additional name', 'phonetic middle name', 'phonetic last name', 'name suffix', 'nickname', 'organization department',
    'birthday', 'photo', 'yomi name', 'additional name yomi', 'initials', 'short name', 'maiden name', 'gender', 'location',
    'billing information', 'directory server', 'mileage', 'occupation', 'hobby', 'sensitivity', 'priority', 'subject'],
);

function outlookField(header: string): ImportField {
  const exact = OUTLOOK_COLUMNS[key(header)];
  if (exact) return exact;
  // Everything else of the export's fixed set (streets, faxes, "Assistant's Name", "User 1"…) is not ours.
  return OUTLOOK_HEADERS.has(key(header)) ? 'ignore' : guessField(header);
}

/** Outlook's full English header set, as its CSV export writes it. */
const OUTLOOK_HEADERS = new Set(
  [
    'Title', 'First Name', 'Middle Name', 'Last Name', 'Suffix', 'Company', 'Department', 'Job Title', 'Business Street',
    'Business Street 2', 'Business Street 3', 'Business City', 'Business State', 'Business Postal Code', 'Business Country/Region',
    'Home Street', 'Home Street 2', 'Home Street 3', 'Home City', 'Home State', 'Home Postal Code', 'Home Country/Region',
    'Other Street', 'Other Street 2', 'Other Street 3', 'Other City', 'Other State', 'Other Postal Code', 'Other Country/Region',
    "Assistant's Phone", 'Business Fax', 'Business Phone', 'Business Phone 2', 'Callback', 'Car Phone', 'Company Main Phone',
    'Home Fax', 'Home Phone', 'Home Phone 2', 'ISDN', 'Mobile Phone', 'Other Fax', 'Other Phone', 'Pager', 'Primary Phone',
    'Radio Phone', 'TTY/TDD Phone', 'Telex', 'Account', 'Anniversary', "Assistant's Name", 'Billing Information', 'Birthday',
    'Business Address PO Box', 'Categories', 'Children', 'Directory Server', 'E-mail Address', 'E-mail Type', 'E-mail Display Name',
    'E-mail 2 Address', 'E-mail 2 Type', 'E-mail 2 Display Name', 'E-mail 3 Address', 'E-mail 3 Type', 'E-mail 3 Display Name',
    'Gender', 'Government ID Number', 'Hobby', 'Home Address PO Box', 'Initials', 'Internet Free Busy', 'Keywords', 'Language',
    'Location', "Manager's Name", 'Mileage', 'Notes', 'Office Location', 'Organizational ID Number', 'Other Address PO Box',
    'Priority', 'Private', 'Profession', 'Referred By', 'Sensitivity', 'Spouse', 'User 1', 'User 2', 'User 3', 'User 4', 'Web Page',
    // Outlook.com's shorter export
    'Given Name Yomi', 'Family Name Yomi', 'Business Country', 'Home Country', 'Other Country', 'E-mail 2 Type',
  ].map(key),
);

export function recognizeLayout(headers: readonly string[]): RecognizedLayout {
  const count = (pattern: RegExp) => headers.filter((header) => pattern.test(header.trim())).length;
  const hasNames = headers.some((header) => /^(first name|last name|name|given name|family name)$/i.test(header.trim()));
  if (hasNames && count(GOOGLE_MARKERS) >= 2) return { layout: 'google', mapping: headers.map(googleField) };
  if (hasNames && count(OUTLOOK_MARKERS) >= 2) return { layout: 'outlook', mapping: headers.map(outlookField) };
  return { layout: 'generic', mapping: headers.map(guessField) };
}
