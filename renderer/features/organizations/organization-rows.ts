import type { Organization } from '#shared/domain/organization';
import type { UiLanguage } from '#shared/domain/lang';
import { pickLocalized } from '#shared/domain/lang';
import { organizationDisplayName } from '#shared/domain/display-name';
import { quickFilterText } from '#shared/search/quick-filter';
import type { TFunction } from 'i18next';
import { countryName } from '../../app/format';
import type { ListRow } from '../../components/record-table/table-features';

export interface OrganizationRow extends ListRow {
  record: Organization;
  name: string;
  sortKey: string;
  shortName: string;
  kind: string;
  country: string;
  city: string;
  parent: string;
  website: string;
  tags: string;
  updatedAt: number;
}

export function toOrganizationRow(
  org: Organization,
  namesById: ReadonlyMap<string, string>,
  lang: UiLanguage,
  t: TFunction<'organizations'>,
): OrganizationRow {
  return {
    id: org.id,
    record: org,
    name: organizationDisplayName(org, lang),
    sortKey: org.sortKey[lang],
    shortName: org.shortName,
    kind: t(`kinds.${org.kind}`),
    country: countryName(org.country, lang),
    city: pickLocalized(org.city, lang),
    parent: org.parentId ? (namesById.get(org.parentId) ?? '') : '',
    website: org.website,
    tags: org.tags.join(', '),
    updatedAt: org.updatedAt,
  };
}

export function organizationSearchText(row: OrganizationRow): string {
  const org = row.record;
  const spellings = [
    ...Object.values(org.name),
    org.nameOriginal,
    org.shortName,
    row.kind,
    row.country,
    ...Object.values(org.city),
    row.parent,
    org.website,
    ...org.tags,
  ];
  return quickFilterText(spellings.filter(Boolean));
}
