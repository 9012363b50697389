import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '#shared/domain/meeting';
import type { ClashNote } from '#shared/domain/agenda';
import { instantToWallTime, isValidTimeZone } from '#shared/time/zoned-time';
import { formatIsoDate, formatTimeInZone } from '../../../app/format';
import { useUiStore } from '../../../app/ui-store';
import type { AgendaNames } from './use-agenda-names';

/** Stands in for the other meeting's title so the translated sentence can be split around its link. */
const TITLE_MARK = '\u0000';

interface Props {
  meeting: Meeting;
  /** The zone `meeting` is timed in: the other meeting's time is given on the same clock. */
  zone: string;
  notes: readonly ClashNote[];
  names: AgendaNames;
}

/** "Clash: Artem Lysohor is also in “Business France” at 10:30", once per clashing meeting. */
export function ClashNotes({ meeting, zone, notes, names }: Props) {
  const { t } = useTranslation('events');
  const language = useUiStore((state) => state.language);
  if (notes.length === 0) return null;
  const clock = isValidTimeZone(zone) ? zone : 'UTC';

  return (
    <Stack gap={4}>
      {notes.map(({ other, personIds }) => {
        const otherDate = instantToWallTime(other.start, clock).date;
        const values = {
          count: personIds.length,
          names: names.list(personIds.map(names.person)),
          title: TITLE_MARK,
          time: formatTimeInZone(other.start, clock, language),
          date: formatIsoDate(otherDate, language, 'long'),
        };
        const sentence = otherDate === meeting.date ? t('agenda.clash', values) : t('agenda.clashOtherDay', values);
        const [before, after = ''] = sentence.split(TITLE_MARK);
        return (
          <Group key={other.meeting.id} gap={6} wrap="nowrap" align="flex-start">
            <IconAlertTriangle size={16} color="var(--mantine-color-red-9)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="sm" c="red.9" fw={500}>
              {before}
              <Anchor component={Link} to={`/meetings/${other.meeting.id}`} inherit c="red.9" underline="always">
                {names.meeting(other.meeting)}
              </Anchor>
              {after}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
