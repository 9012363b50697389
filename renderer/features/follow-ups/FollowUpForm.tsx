import { useRef } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_STATUSES, MAX_FOLLOW_UP_TEXT, type FollowUpInput, type FollowUpStatus } from '#shared/domain/follow-up';
import type { Contact } from '#shared/domain/contact';
import type { Meeting } from '#shared/domain/meeting';
import { ContactPicker } from '../contacts/ContactPicker';
import { IsoDateInput } from '../../components/record-form/IsoDateInput';
import { usePersonName } from './use-person-name';
import { useFollowUpForm } from './use-follow-up-form';

interface Props {
  meeting: Pick<Meeting, 'id' | 'theirParticipantIds'>;
  /** Names for the people on their side. */
  people: ReadonlyMap<string, Contact>;
  initial: FollowUpInput;
  mode: 'add' | 'edit';
  draftKey: string | null;
  save: (values: FollowUpInput) => Promise<unknown>;
  /** After a save in either mode; in edit mode also on Cancel. */
  onClose?: () => void;
}

/** Adds or edits one follow-up of a meeting, inline in its panel. */
export function FollowUpForm({ meeting, people, initial, mode, draftKey, save, onClose }: Props) {
  const { t } = useTranslation('followUps');
  const nameOf = usePersonName();
  const whatRef = useRef<HTMLTextAreaElement>(null);
  const { form, submit, saving } = useFollowUpForm({
    initial,
    draftKey,
    save,
    onSaved: () => {
      if (mode === 'add') {
        // Ready for the next item, as when taking notes at the table.
        form.setValues(initial);
        form.resetDirty(initial);
        whatRef.current?.focus();
      }
      onClose?.();
    },
  });
  const values = form.getValues();

  // Their participants, plus whoever is linked already if they have left the meeting since.
  const choiceIds = [...meeting.theirParticipantIds];
  if (values.contactId && !choiceIds.includes(values.contactId)) choiceIds.push(values.contactId);
  const contactChoices = choiceIds.map((id) => ({ value: id, label: nameOf(people.get(id)) || id }));

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'add' ? t('panel.newTitle') : undefined}>
      <Stack gap="sm">
        <Textarea
          ref={whatRef}
          label={t('fields.what')}
          withAsterisk
          autosize
          minRows={1}
          maxRows={6}
          maxLength={MAX_FOLLOW_UP_TEXT}
          {...form.getInputProps('what')}
        />
        <SimpleGrid cols={{ base: 1, sm: mode === 'edit' ? 4 : 3 }} spacing="sm">
          <ContactPicker
            side="ours"
            label={t('fields.owner')}
            withAsterisk
            nothingFoundMessage={t('panel.noOwners')}
            {...form.getInputProps('ownerId')}
            value={values.ownerId || null}
            onChange={(id) => form.setFieldValue('ownerId', id ?? '')}
          />
          <IsoDateInput
            label={t('fields.dueDate')}
            placeholder={t('fields.dueDatePlaceholder')}
            withAsterisk={values.status === 'open'}
            clearable
            clearButtonProps={{ 'aria-label': t('fields.clearDueDate') }}
            {...form.getInputProps('dueDate')}
            value={values.dueDate}
            onChange={(date) => form.setFieldValue('dueDate', date || null)}
          />
          <Select
            label={t('fields.contact')}
            data={contactChoices}
            clearable
            disabled={contactChoices.length === 0}
            description={contactChoices.length === 0 ? t('panel.noTheirSide') : undefined}
            {...form.getInputProps('contactId')}
            value={values.contactId}
            onChange={(id) => form.setFieldValue('contactId', id)}
          />
          {mode === 'edit' ? (
            <Select
              label={t('fields.status')}
              data={FOLLOW_UP_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
              allowDeselect={false}
              {...form.getInputProps('status')}
              onChange={(status) => form.setFieldValue('status', (status ?? 'open') as FollowUpStatus)}
            />
          ) : null}
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          {mode === 'edit' ? (
            <Button variant="default" onClick={onClose}>
              {t('panel.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={saving}>
            {mode === 'add' ? t('panel.add') : t('panel.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
