import { ActionIcon, Group, Menu, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconBan, IconDots, IconEdit, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '#shared/domain/contact';
import type { FollowUp } from '#shared/domain/follow-up';
import { useMoveToTrash } from '../trash/use-move-to-trash';
import { DueDate } from './DueDate';
import { FollowUpContactCell, FollowUpDoneCell, FollowUpWhatCell } from './FollowUpCells';
import { shortened } from './follow-up-text';
import { usePersonName } from './use-person-name';
import { useSetFollowUpStatus } from './use-follow-up-status';

interface Props {
  followUp: FollowUp;
  people: ReadonlyMap<string, Contact>;
  today: string;
  onEdit: () => void;
}

/** One follow-up in a meeting's panel: done at a tick, the rest from its menu. */
export function FollowUpPanelRow({ followUp, people, today, onEdit }: Props) {
  const { t } = useTranslation('followUps');
  const nameOf = usePersonName();
  const setStatus = useSetFollowUpStatus();
  const moveToTrash = useMoveToTrash('followUps');
  const what = shortened(followUp.what, 60);
  const open = followUp.status === 'open';
  const contact = followUp.contactId ? people.get(followUp.contactId) : undefined;

  return (
    <Table.Tr>
      <FollowUpDoneCell followUp={followUp} />
      <FollowUpWhatCell followUp={followUp} />
      <Table.Td>
        <Text size="sm">{nameOf(people.get(followUp.ownerId))}</Text>
      </Table.Td>
      <Table.Td>
        <DueDate followUp={followUp} today={today} />
      </Table.Td>
      <FollowUpContactCell contact={contact} />
      <Table.Td>
        <Group gap={2} wrap="nowrap" justify="flex-end">
          <ActionIcon variant="subtle" color="gray" onClick={onEdit} aria-label={t('panel.editNamed', { what })}>
            <IconEdit size={16} aria-hidden />
          </ActionIcon>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('panel.actions', { what })}>
                <IconDots size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {open ? (
                <Menu.Item leftSection={<IconBan size={14} aria-hidden />} onClick={() => void setStatus(followUp, 'dropped')}>
                  {t('panel.drop')}
                </Menu.Item>
              ) : (
                <Menu.Item leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={() => void setStatus(followUp, 'open')}>
                  {t('panel.reopen')}
                </Menu.Item>
              )}
              <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => void moveToTrash([followUp.id], what)}>
                {t('panel.moveToTrash')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
