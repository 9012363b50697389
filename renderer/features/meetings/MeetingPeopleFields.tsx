import { useMemo } from 'react';
import { Anchor, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MeetingInput } from '#shared/domain/meeting';
import { organizationDisplayName } from '#shared/domain/display-name';
import { useLiveContacts, useLiveOrganizations } from '../../data/live-queries';
import { useUiStore } from '../../app/ui-store';
import { ContactMultiPicker } from '../contacts';
import { MeetingLanguageSelect } from './MeetingLanguageSelect';
import { MeetingOrganizationsSelect } from './MeetingOrganizationsSelect';
import { organizationsOfPeople } from './people-organizations';

/** Who meets: both sides, the organizations the other side represents, and the language. */
export function MeetingPeopleFields({ form }: { form: UseFormReturnType<MeetingInput> }) {
  const { t } = useTranslation('meetings');
  const language = useUiStore((state) => state.language);
  const contacts = useLiveContacts(language);
  const organizations = useLiveOrganizations(language);
  const values = form.values;

  const organizationOf = useMemo(() => {
    const byId = new Map((contacts ?? []).map((contact) => [contact.id, contact.organizationId]));
    return (contactId: string) => byId.get(contactId) ?? null;
  }, [contacts]);

  // Organizations of their people that are not listed (removed by hand, or people added elsewhere).
  const missing = organizationsOfPeople(values.theirParticipantIds, organizationOf)
    .filter((id) => !values.organizationIds.includes(id))
    .map((id) => organizations?.find((org) => org.id === id))
    .filter((org) => org !== undefined);

  const chooseTheirs = (ids: string[]) => {
    const added = ids.filter((id) => !values.theirParticipantIds.includes(id));
    const organizationIds = [...new Set([...values.organizationIds, ...organizationsOfPeople(added, organizationOf)])];
    form.setValues({ theirParticipantIds: ids, organizationIds });
  };

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <ContactMultiPicker side="ours" label={t('fields.ourParticipants')} {...form.getInputProps('ourParticipantIds')} />
        <ContactMultiPicker
          side="theirs"
          label={t('fields.theirParticipants')}
          {...form.getInputProps('theirParticipantIds')}
          onChange={chooseTheirs}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <MeetingOrganizationsSelect
          label={t('fields.organizations')}
          description={t('form.organizationsHint')}
          {...form.getInputProps('organizationIds')}
        />
        {missing.length > 0 ? (
          <Anchor
            component="button"
            type="button"
            size="sm"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => form.setFieldValue('organizationIds', [...values.organizationIds, ...missing.map((org) => org.id)])}
          >
            {t('form.addOrganizations', { names: missing.map((org) => organizationDisplayName(org, language)).join(', ') })}
          </Anchor>
        ) : null}
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <MeetingLanguageSelect
          label={t('fields.language')}
          placeholder={t('form.languageNone')}
          {...form.getInputProps('language')}
          onChange={(code) => form.setFieldValue('language', code)}
        />
        <TextInput label={t('fields.interpreter')} {...form.getInputProps('interpreter')} />
      </SimpleGrid>
    </Stack>
  );
}
