import { useMemo, useState } from 'react';
import { Group, Loader, SegmentedControl, Stack, Switch, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { PageHeader } from '../../components/layout/PageHeader';
import { useFollowUpBoard, useFollowUpRefs } from '../../data/follow-up-queries';
import { followUpSections } from './follow-up-groups';
import { FollowUpSectionTable, SECTION_PAGE } from './FollowUpSectionTable';
import { ReminderAccess } from './ReminderAccess';
import { useFollowUpView, type FollowUpGrouping } from './use-follow-up-view';
import { useLocalToday } from './use-local-today';
import { usePersonName } from './use-person-name';

/** Every follow-up still to do: overdue first, then this week, then later, or by owner. */
export function FollowUpsPage() {
  const { t } = useTranslation('followUps');
  const language = useUiStore((state) => state.language);
  const today = useLocalToday();
  const nameOf = usePersonName();
  const { grouping, setGrouping, showClosed, setShowClosed } = useFollowUpView();
  const board = useFollowUpBoard(showClosed);
  const [limits, setLimits] = useState<Record<string, number>>({});

  const sections = useMemo(
    () => (board ? followUpSections(board.followUps, board.owners, grouping, today, (owner) => owner.sortKey[language], nameOf, t) : undefined),
    [board, grouping, today, language, nameOf, t],
  );
  const limitOf = (key: string) => limits[key] ?? SECTION_PAGE;

  // Only the rows on screen need their meeting and contact read.
  const visible = (sections ?? []).flatMap((section) => section.items.slice(0, limitOf(section.key)));
  const refs = useFollowUpRefs(
    visible.map((f) => f.meetingId),
    visible.flatMap((f) => (f.contactId ? [f.contactId] : [])),
  );

  return (
    <Stack gap="lg">
      <div>
        <PageHeader title={t('title')}>
          <ReminderAccess />
        </PageHeader>
        <Text c="dimmed" size="sm" mt={-8}>
          {t('intro')}
        </Text>
      </div>
      <Group gap="lg">
        <div>
          <VisuallyHidden id="follow-ups-grouping">{t('view.label')}</VisuallyHidden>
          <SegmentedControl
            aria-labelledby="follow-ups-grouping"
            value={grouping}
            onChange={(value) => setGrouping(value as FollowUpGrouping)}
            data={[
              { value: 'due', label: t('view.byDue') },
              { value: 'owner', label: t('view.byOwner') },
            ]}
          />
        </div>
        <Switch label={t('showClosed')} checked={showClosed} onChange={(event) => setShowClosed(event.currentTarget.checked)} />
      </Group>
      {sections === undefined ? (
        <Loader />
      ) : sections.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        sections.map((section) => (
          <FollowUpSectionTable
            key={section.key}
            section={section}
            limit={limitOf(section.key)}
            onShowMore={() => setLimits((current) => ({ ...current, [section.key]: limitOf(section.key) + SECTION_PAGE }))}
            today={today}
            owners={board!.owners}
            refs={refs}
            showOwner={grouping === 'due'}
          />
        ))
      )}
    </Stack>
  );
}
