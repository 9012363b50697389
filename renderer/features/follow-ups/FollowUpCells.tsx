import { Anchor, Badge, Checkbox, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Contact } from '#shared/domain/contact';
import type { FollowUp } from '#shared/domain/follow-up';
import { shortened } from './follow-up-text';
import { usePersonName } from './use-person-name';
import { useSetFollowUpStatus } from './use-follow-up-status';

/** The tick that marks a follow-up done, or open again; named after the item for screen readers. */
export function FollowUpDoneCell({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation('followUps');
  const setStatus = useSetFollowUpStatus();
  const done = followUp.status === 'done';
  const what = shortened(followUp.what, 60);
  return (
    <Table.Td>
      <Checkbox
        checked={done}
        onChange={(event) => void setStatus(followUp, event.currentTarget.checked ? 'done' : 'open')}
        aria-label={done ? t('reopen', { what }) : t('markDone', { what })}
      />
    </Table.Td>
  );
}

/** What is to be done: struck through once done or dropped, a dropped one saying so. */
export function FollowUpWhatCell({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation('followUps');
  const open = followUp.status === 'open';
  return (
    <Table.Td>
      <Text size="sm" className="pre-wrap" td={open ? undefined : 'line-through'} c={open ? undefined : 'dimmed'}>
        {followUp.what}
      </Text>
      {followUp.status === 'dropped' ? (
        <Badge size="xs" variant="light" color="gray" tt="none">
          {t('status.dropped')}
        </Badge>
      ) : null}
    </Table.Td>
  );
}

/** The contact on their side the follow-up is linked to, if any. */
export function FollowUpContactCell({ contact }: { contact: Contact | undefined }) {
  const nameOf = usePersonName();
  return (
    <Table.Td>
      {contact ? (
        <Anchor component={Link} to={`/contacts/${contact.id}`} size="sm">
          {nameOf(contact)}
        </Anchor>
      ) : null}
    </Table.Td>
  );
}
