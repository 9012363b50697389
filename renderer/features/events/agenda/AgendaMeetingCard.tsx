import { memo, type ReactNode } from 'react';
import { Anchor, Badge, Box, Card, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconMapPin, IconVideo } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '#shared/domain/event';
import { isTakingPlace, type ClashNote } from '#shared/domain/agenda';
import type { Meeting } from '#shared/domain/meeting';
import { MeetingStatusBadge, MeetingTime } from '../../meetings';
import { ClashNotes } from './ClashNotes';
import type { AgendaNames } from './use-agenda-names';

export type MeetingHighlight = 'now' | 'next' | null;

interface Props {
  meeting: Meeting;
  event: EventRecord;
  zone: string;
  clashes: readonly ClashNote[];
  names: AgendaNames;
  highlight?: MeetingHighlight;
}

const BORDER: Record<'clash' | 'now' | 'next', string> = {
  clash: 'var(--mantine-color-red-6)',
  now: 'var(--mantine-color-teal-7)',
  next: 'var(--mantine-color-blue-5)',
};

/**
 * One meeting in an agenda day: when, what, where, who, about what, and any clash. Memoized:
 * an agenda draws in steps, and each step must draw only its new cards.
 */
export const AgendaMeetingCard = memo(function AgendaMeetingCard({ meeting, event, zone, clashes, names, highlight = null }: Props) {
  const { t } = useTranslation('events');
  const takingPlace = isTakingPlace(meeting);
  const accent = clashes.length > 0 ? 'clash' : highlight;
  const titleId = `agenda-meeting-${meeting.id}`;

  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-labelledby={titleId}
      style={{
        ...(accent ? { borderLeft: `4px solid ${BORDER[accent]}` } : null),
        ...(highlight ? { background: highlight === 'now' ? 'var(--mantine-color-teal-0)' : 'var(--mantine-color-blue-0)' } : null),
      }}
    >
      <Group align="flex-start" gap="md" wrap="wrap">
        <Box w={{ base: '100%', xs: 200 }} style={{ flexShrink: 0 }}>
          <Text size="sm" fw={600} td={takingPlace ? undefined : 'line-through'} c={takingPlace ? undefined : 'dimmed'}>
            <MeetingTime meeting={meeting} event={event} />
          </Text>
          {highlight ? (
            // Shades dark enough for white text (WCAG AA).
            <Badge mt={4} size="sm" color={highlight === 'now' ? 'teal.9' : 'blue.8'} variant="filled">
              {t(`agenda.${highlight}`)}
            </Badge>
          ) : null}
        </Box>
        <Stack gap={6} style={{ flex: 1, minWidth: 240 }}>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/meetings/${meeting.id}`} fw={600} id={titleId} c={takingPlace ? undefined : 'dimmed'}>
              {names.meeting(meeting)}
            </Anchor>
            <MeetingStatusBadge status={meeting.status} />
          </Group>
          <Place meeting={meeting} />
          <People label={t('agenda.ours')} ids={meeting.ourParticipantIds} to="/contacts" name={names.person} />
          <People label={t('agenda.theirs')} ids={meeting.theirParticipantIds} to="/contacts" name={names.person} />
          <People label={t('agenda.organizations')} ids={meeting.organizationIds} to="/organizations" name={names.organization} />
          {meeting.topics.length > 0 ? (
            <Group gap={4} wrap="wrap" aria-label={t('agenda.topics')} role="list">
              {meeting.topics.map((id) => (
                <Badge key={id} variant="outline" color="gray" size="sm" tt="none" role="listitem">
                  {names.topic(id)}
                </Badge>
              ))}
            </Group>
          ) : null}
          <ClashNotes meeting={meeting} zone={zone} notes={clashes} names={names} />
        </Stack>
      </Group>
    </Card>
  );
});

function Place({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('events');
  const { venue, room, table, onlineUrl } = meeting.place;
  const where = [venue, room, table ? t('agenda.table', { table }) : ''].filter(Boolean).join(' · ');
  if (!where && !onlineUrl) return null;
  return (
    <Group gap="md" wrap="wrap">
      {where ? (
        <Line icon={<IconMapPin size={14} aria-hidden />} label={t('agenda.place')}>
          {where}
        </Line>
      ) : null}
      {onlineUrl ? (
        <Line icon={<IconVideo size={14} aria-hidden />} label={t('agenda.onlineLink')}>
          <Anchor href={onlineUrl} target="_blank" rel="noreferrer" inherit>
            {t('agenda.onlineLink')}
          </Anchor>
        </Line>
      ) : null}
    </Group>
  );
}

function People({ label, ids, to, name }: { label: string; ids: readonly string[]; to: string; name: (id: string) => string }) {
  if (ids.length === 0) return null;
  return (
    <Line label={label} visibleLabel>
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 ? ', ' : null}
          <Anchor component={Link} to={`${to}/${id}`} inherit>
            {name(id)}
          </Anchor>
        </span>
      ))}
    </Line>
  );
}

/** A labelled line of the card; the label is spoken even where only an icon shows it. */
function Line({ icon, label, visibleLabel, children }: { icon?: ReactNode; label: string; visibleLabel?: boolean; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      {icon ? <Box c="dimmed" mt={3} style={{ display: 'flex' }}>{icon}</Box> : null}
      <Text size="sm">
        {visibleLabel ? (
          <Text span inherit c="dimmed">
            {label}
            {': '}
          </Text>
        ) : (
          <VisuallyHidden>{`${label}: `}</VisuallyHidden>
        )}
        {children}
      </Text>
    </Group>
  );
}
