import { Anchor, Badge, Checkbox, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Contact } from '#shared/domain/contact';
import type { FollowUp } from '#shared/domain/follow-up';
import type { Meeting } from '#shared/domain/meeting';
import { pickLocalized } from '#shared/domain/lang';
import { useUiStore } from '../../app/ui-store';
import { formatIsoDate } from '../../app/format';
import { DueDate } from './DueDate';
import { shortened } from './follow-up-text';
import { usePersonName } from './use-person-name';
import { useSetFollowUpStatus } from './use-follow-up-status';

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
  const setStatus = useSetFollowUpStatus();
  const nameOf = usePersonName();
  const done = followUp.status === 'done';
  const what = shortened(followUp.what, 60);

  return (
    <Table.Tr>
      <Table.Td>
        <Checkbox
          checked={done}
          onChange={(event) => void setStatus(followUp, event.currentTarget.checked ? 'done' : 'open')}
          aria-label={done ? t('reopen', { what }) : t('markDone', { what })}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" className="pre-wrap" td={followUp.status === 'open' ? undefined : 'line-through'} c={followUp.status === 'open' ? undefined : 'dimmed'}>
          {followUp.what}
        </Text>
        {followUp.status === 'dropped' ? (
          <Badge size="xs" variant="light" color="gray" tt="none">
            {t('status.dropped')}
          </Badge>
        ) : null}
      </Table.Td>
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
      <Table.Td>
        {contact ? (
          <Anchor component={Link} to={`/contacts/${contact.id}`} size="sm">
            {nameOf(contact)}
          </Anchor>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
