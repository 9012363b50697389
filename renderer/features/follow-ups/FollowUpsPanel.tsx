import { useState } from 'react';
import { Card, Divider, Loader, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyFollowUpInput, toFollowUpInput, type FollowUpInput } from '#shared/domain/follow-up';
import type { Meeting } from '#shared/domain/meeting';
import { useWorkspace } from '../../data/workspace-context';
import { useMeetingFollowUps } from '../../data/follow-up-queries';
import { SectionTitle } from '../../components/layout/SectionTitle';
import { FollowUpForm } from './FollowUpForm';
import { FollowUpPanelRow } from './FollowUpPanelRow';
import { useLocalToday } from './use-local-today';

/** A meeting's follow-ups: listed in the order written, added, edited and closed inline. */
export function FollowUpsPanel({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('followUps');
  const { followUps } = useWorkspace();
  const data = useMeetingFollowUps(meeting);
  const today = useLocalToday();
  const [editingId, setEditingId] = useState<string | null>(null);
  const titleId = `follow-ups-of-${meeting.id}`;

  // The first of ours at the meeting is the likeliest owner.
  const blank: FollowUpInput = { ...emptyFollowUpInput(meeting.id), ownerId: meeting.ourParticipantIds[0] ?? '' };

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <SectionTitle id={titleId} count={data?.followUps.length} countLabel={t('count', { count: data?.followUps.length ?? 0 })}>
        {t('panel.title')}
      </SectionTitle>
      {data === undefined ? (
        <Loader size="sm" />
      ) : (
        <Stack gap="md">
          {data.followUps.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('panel.empty')}
            </Text>
          ) : (
            <Table layout="fixed" verticalSpacing="xs" aria-labelledby={titleId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={44}>
                    <VisuallyHidden>{t('columns.done')}</VisuallyHidden>
                  </Table.Th>
                  <Table.Th>{t('columns.what')}</Table.Th>
                  <Table.Th w="18%">{t('columns.owner')}</Table.Th>
                  <Table.Th w="16%">{t('columns.due')}</Table.Th>
                  <Table.Th w="18%">{t('columns.contact')}</Table.Th>
                  <Table.Th w={76}>
                    <VisuallyHidden>{t('panel.edit')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.followUps.map((followUp) =>
                  followUp.id === editingId ? (
                    <Table.Tr key={followUp.id}>
                      <Table.Td colSpan={6}>
                        <FollowUpForm
                          mode="edit"
                          meeting={meeting}
                          people={data.people}
                          initial={toFollowUpInput(followUp)}
                          draftKey={null}
                          save={(values) => followUps.update(followUp.id, values)}
                          onClose={() => setEditingId(null)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ) : (
                    <FollowUpPanelRow
                      key={followUp.id}
                      followUp={followUp}
                      people={data.people}
                      today={today}
                      onEdit={() => setEditingId(followUp.id)}
                    />
                  ),
                )}
              </Table.Tbody>
            </Table>
          )}
          <Divider label={t('panel.newTitle')} labelPosition="left" />
          <FollowUpForm
            mode="add"
            meeting={meeting}
            people={data.people}
            initial={blank}
            draftKey={`follow-up:new:${meeting.id}`}
            save={(values) => followUps.create(values)}
          />
        </Stack>
      )}
    </Card>
  );
}
