import { z } from 'zod';
import { countryCode, localizedShortText, longText, recordId, shortText, tags, website } from './fields';
import type { RecordMeta } from './record';
import type { LocalizedText } from './lang';

export const ORGANIZATION_KINDS = [
  'region',
  'cityCouncil',
  'ministry',
  'embassy',
  'agency',
  'company',
  'ngo',
  'internationalBody',
  'association',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const organizationInputSchema = z
  .object({
    name: localizedShortText,
    nameOriginal: shortText,
    shortName: shortText,
    kind: z.enum(ORGANIZATION_KINDS, { error: 'kind' }),
    country: countryCode,
    city: localizedShortText,
    parentId: recordId.nullable(),
    website,
    notes: longText,
    tags,
  })
  .refine((org) => [org.name.uk, org.name.ru, org.name.en, org.nameOriginal].some((n) => n.trim() !== ''), {
    error: 'nameRequired',
    path: ['name', 'uk'],
  });

export type OrganizationInput = z.infer<typeof organizationInputSchema>;

/** Derived at write time so lists sort by an index instead of a collator. */
export interface OrganizationDerived {
  sortKey: LocalizedText;
}

export type Organization = RecordMeta & OrganizationInput & OrganizationDerived;

export function emptyOrganizationInput(): OrganizationInput {
  return {
    name: { uk: '', ru: '', en: '' },
    nameOriginal: '',
    shortName: '',
    kind: 'region',
    country: '',
    city: { uk: '', ru: '', en: '' },
    parentId: null,
    website: '',
    notes: '',
    tags: [],
  };
}

/** The editable part of a stored organization, e.g. to fill an edit form. */
export function toOrganizationInput(org: OrganizationInput): OrganizationInput {
  const input = emptyOrganizationInput();
  for (const key of Object.keys(input) as (keyof OrganizationInput)[]) {
    (input as Record<keyof OrganizationInput, unknown>)[key] = structuredClone(org[key]);
  }
  return input;
}
