import { Button, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '#shared/domain/contact';
import type { FollowUpRefs } from '../../data/follow-up-reads';
import { SectionTitle } from '../../components/layout/SectionTitle';
import type { FollowUpSection } from './follow-up-groups';
import { FollowUpRow } from './FollowUpRow';

interface Props {
  section: FollowUpSection;
  /** How many of its rows are shown. */
  limit: number;
  onShowMore: () => void;
  today: string;
  owners: ReadonlyMap<string, Contact>;
  refs: FollowUpRefs | undefined;
  showOwner: boolean;
}

export const SECTION_PAGE = 100;

/** One section of the follow-ups list: a heading with its count and the rows, a page at a time. */
export function FollowUpSectionTable({ section, limit, onShowMore, today, owners, refs, showOwner }: Props) {
  const { t } = useTranslation('followUps');
  const titleId = `follow-ups-${section.key}`;
  const hidden = section.items.length - limit;

  return (
    <section aria-labelledby={titleId}>
      <SectionTitle id={titleId} count={section.items.length} countLabel={t('count', { count: section.items.length })} tone={section.tone} mb={4}>
        {section.title}
      </SectionTitle>
      <Table layout="fixed" verticalSpacing="xs" aria-labelledby={titleId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <VisuallyHidden>{t('columns.done')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('columns.what')}</Table.Th>
            {showOwner ? <Table.Th w="16%">{t('columns.owner')}</Table.Th> : null}
            <Table.Th w="15%">{t('columns.due')}</Table.Th>
            <Table.Th w="20%">{t('columns.meeting')}</Table.Th>
            <Table.Th w="15%">{t('columns.contact')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {section.items.slice(0, limit).map((followUp) => (
            <FollowUpRow
              key={followUp.id}
              followUp={followUp}
              today={today}
              owner={owners.get(followUp.ownerId)}
              meeting={refs?.meetings.get(followUp.meetingId)}
              contact={followUp.contactId ? refs?.contacts.get(followUp.contactId) : undefined}
              showOwner={showOwner}
            />
          ))}
        </Table.Tbody>
      </Table>
      {hidden > 0 ? (
        <Button variant="subtle" size="xs" mt={4} onClick={onShowMore}>
          {t('showMore', { count: Math.min(hidden, SECTION_PAGE) })}
        </Button>
      ) : null}
    </section>
  );
}
