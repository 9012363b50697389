import type { TFunction } from 'i18next';
import type { Contact } from '#shared/domain/contact';
import type { FollowUp } from '#shared/domain/follow-up';
import { groupByDue, groupByOwner, type DueGroup } from '#shared/domain/follow-up-schedule';
import type { FollowUpGrouping } from './use-follow-up-view';
import type { PersonName } from './use-person-name';

export interface FollowUpSection {
  key: string;
  title: string;
  /** Overdue sections are marked so the eye finds them first. */
  tone: 'alert' | 'normal' | 'muted';
  items: FollowUp[];
}

const TONE: Record<DueGroup, FollowUpSection['tone']> = { overdue: 'alert', thisWeek: 'normal', later: 'normal', closed: 'muted' };

/** The list's sections, titled in the UI language: by due date, or one per owner by name. */
export function followUpSections(
  followUps: readonly FollowUp[],
  owners: ReadonlyMap<string, Contact>,
  grouping: FollowUpGrouping,
  today: string,
  sortKeyOf: (owner: Contact) => string,
  nameOf: PersonName,
  t: TFunction<'followUps'>,
): FollowUpSection[] {
  if (grouping === 'due') {
    return groupByDue(followUps, today).map(({ key, items }) => ({ key, title: t(`groups.${key}`), tone: TONE[key], items }));
  }
  return groupByOwner(followUps, (ownerId) => {
    const owner = owners.get(ownerId);
    return owner ? sortKeyOf(owner) : '';
  }).map(({ key, items }) => ({
    key: `owner:${key}`,
    title: nameOf(owners.get(key)) || t('groups.unknownOwner'),
    tone: 'normal',
    items,
  }));
}
