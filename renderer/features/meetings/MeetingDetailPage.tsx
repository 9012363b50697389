import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '#shared/domain/meeting';
import { pickLocalized } from '#shared/domain/lang';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
import { useEventRecord, useMeeting, useMeetingPeople, useTopics } from '../../data/meeting-queries';
import { useUiStore } from '../../app/ui-store';
import { formatDateTime, languageName } from '../../app/format';
import { DetailList } from '../../components/layout/DetailList';
import { NotFound } from '../../components/layout/NotFound';
import { RichTextView } from '../../components/rich-text';
import { MoveToTrashButton } from '../trash/MoveToTrashButton';
import { FollowUpsPanel } from '../follow-ups';
import { AttachmentsPanel } from '../attachments';
import { MeetingAgreements } from '../agreements/related';
import { MeetingExportMenu } from '../exports';
import { MeetingTime } from './MeetingTime';
import { MeetingStatusControl } from './MeetingStatusControl';
import { RecordLinks, type RecordLink } from './RecordLinks';

export function MeetingDetailPage() {
  const { id } = useParams();
  const meeting = useMeeting(id);
  if (meeting === undefined) return <Loader />;
  if (meeting === null) return <NotFound />;
  return <MeetingDetail meeting={meeting} />;
}

function MeetingDetail({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const language = useUiStore((state) => state.language);
  const event = useEventRecord(meeting.eventId);
  const people = useMeetingPeople(meeting);
  const topics = useTopics();
  const title = pickLocalized(meeting.title, language) || t('untitled');

  const contactLinks = (ids: readonly string[]): RecordLink[] =>
    ids.flatMap((id) => {
      const contact = people?.contacts.get(id);
      return contact ? [{ id, label: contactDisplayName(contact, language) }] : [];
    });
  const organizationLinks = meeting.organizationIds.flatMap((id) => {
    const organization = people?.organizations.get(id);
    return organization ? [{ id, label: organizationDisplayName(organization, language) }] : [];
  });
  const topicLabels = meeting.topics.map((id) => {
    const topic = topics?.find((candidate) => candidate.id === id);
    return { id, label: topic ? pickLocalized(topic.label, language) : id };
  });
  const { venue, room, table, onlineUrl } = meeting.place;
  const place = [venue, room && t('detail.room', { room }), table && t('detail.table', { table })].filter(Boolean).join(', ');
  const links = (basePath: string, list: RecordLink[]) => (list.length ? <RecordLinks basePath={basePath} links={list} /> : '');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text c="dimmed">
            <MeetingTime meeting={meeting} event={event} withDate />
          </Text>
        </Stack>
        <Group>
          <MeetingStatusControl meeting={meeting} />
          <MeetingExportMenu meeting={meeting} />
          <Button component={Link} to={`/meetings/${meeting.id}/edit`} leftSection={<IconEdit size={16} aria-hidden />}>
            {t('detail.edit')}
          </Button>
          <MoveToTrashButton kind="meetings" record={meeting} name={title} listPath="/meetings">
            {t('detail.moveToTrash')}
          </MoveToTrashButton>
        </Group>
      </Group>
      {meeting.deletedAt !== null ? <Badge color="gray">{t('detail.inTrash')}</Badge> : null}
      <Card withBorder>
        <DetailList
          items={[
            {
              label: t('fields.event'),
              value: event ? (
                <Anchor component={Link} to={`/events/${event.id}`} size="sm">
                  {pickLocalized(event.name, language)}
                </Anchor>
              ) : (
                ''
              ),
            },
            { label: t('detail.place'), value: place },
            {
              label: t('fields.onlineUrl'),
              value: onlineUrl ? (
                <Anchor href={onlineUrl} target="_blank" rel="noreferrer" size="sm">
                  {t('detail.joinOnline')}
                </Anchor>
              ) : (
                ''
              ),
            },
            { label: t('fields.ourParticipants'), value: links('/contacts', contactLinks(meeting.ourParticipantIds)) },
            { label: t('fields.theirParticipants'), value: links('/contacts', contactLinks(meeting.theirParticipantIds)) },
            { label: t('fields.organizations'), value: links('/organizations', organizationLinks) },
            { label: t('fields.language'), value: meeting.language ? languageName(meeting.language, language) : '' },
            { label: t('fields.interpreter'), value: meeting.interpreter },
            {
              label: t('fields.topics'),
              value: topicLabels.length ? (
                <Group gap={4} component="span">
                  {topicLabels.map((topic) => (
                    <Badge key={topic.id} variant="light" tt="none">
                      {topic.label}
                    </Badge>
                  ))}
                </Group>
              ) : (
                ''
              ),
            },
            { label: t('fields.agenda'), value: meeting.agenda ? <span className="pre-wrap">{meeting.agenda}</span> : '' },
            { label: t('fields.notes'), value: meeting.notes ? <RichTextView html={meeting.notes} /> : '' },
            { label: t('fields.outcomes'), value: meeting.outcomes ? <span className="pre-wrap">{meeting.outcomes}</span> : '' },
            { label: t('detail.updatedAt'), value: formatDateTime(meeting.updatedAt, language) },
          ]}
        />
      </Card>
      <FollowUpsPanel meeting={meeting} />
      <AttachmentsPanel ownerType="meeting" ownerId={meeting.id} />
      <MeetingAgreements meetingId={meeting.id} emptyText={t('detail.noAgreements')} />
    </Stack>
  );
}
