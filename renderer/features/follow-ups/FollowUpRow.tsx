import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Contact } from '#shared/domain/contact';
import type { FollowUp } from '#shared/domain/follow-up';
import type { Meeting } from '#shared/domain/meeting';
import { pickLocalized } from '#shared/domain/lang';
import { useUiStore } from '../../app/ui-store';
import { formatIsoDate } from '../../app/format';
import { DueDate } from './DueDate';
import { FollowUpContactCell, FollowUpDoneCell, FollowUpWhatCell } from './FollowUpCells';
import { usePersonName } from './use-person-name';

interface Props {
  followUp: FollowUp;
  today: string;
  owner: Contact | undefined;
  /** Undefined while being read. */
  meeting: Meeting | undefined;
  contact: Contact | undefined;
  showOwner: boolean;
}

export function FollowUpRow({ followUp, today, owner, meeting, contact, showOwner }: Props) {
  const { t } = useTranslation('followUps');
  const language = useUiStore((state) => state.language);
  const nameOf = usePersonName();

  return (
    <Table.Tr>
      <FollowUpDoneCell followUp={followUp} />
      <FollowUpWhatCell followUp={followUp} />
      {showOwner ? (
        <Table.Td>
          <Text size="sm">{nameOf(owner)}</Text>
        </Table.Td>
      ) : null}
      <Table.Td>
        <DueDate followUp={followUp} today={today} />
      </Table.Td>
      <Table.Td>
        {meeting ? (
          <Stack gap={0}>
            <Anchor component={Link} to={`/meetings/${meeting.id}`} size="sm">
              {pickLocalized(meeting.title, language) || t('untitledMeeting')}
            </Anchor>
            <Text size="xs" c="dimmed">
              {formatIsoDate(meeting.date, language)}
            </Text>
          </Stack>
        ) : null}
      </Table.Td>
      <FollowUpContactCell contact={contact} />
    </Table.Tr>
  );
}
