import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newRecordId } from '#shared/domain/ids';
import type { AgreementParty, Signatory } from '#shared/domain/agreement';
import { partyLabel } from '#shared/agreements/placeholders';
import { contactNameIn, contactPositionIn, organizationNameIn } from '#shared/agreements/party-values';
import { useAgreementRecords, type AgreementRecords } from '../../../data/agreement-queries';
import { useUiStore } from '../../../app/ui-store';
import { OrganizationPicker } from '../../organizations/OrganizationPicker';
import { ContactPicker } from '../../contacts';
import type { AgreementDetails } from './agreement-details';
import { languageName } from '../../../app/format';

const MAX_PARTIES = 10;
const MAX_SIGNATORIES = 10;

type Form = UseFormReturnType<AgreementDetails>;

const newParty = (): AgreementParty => ({ id: newRecordId(), organizationId: null, name: {}, signatories: [] });
const newSignatory = (): Signatory => ({ id: newRecordId(), contactId: null, name: {}, position: {} });

/**
 * The parties and who signs for each. Names and positions come from the records; a value typed
 * here overrides the record in that language only (the record's value shows as placeholder).
 */
export function PartiesEditor({ form }: { form: Form }) {
  const { t } = useTranslation('agreements');
  const { parties, languages } = form.values;
  const records = useAgreementRecords(form.values);
  return (
    <Stack gap="md">
      {parties.map((party, index) => (
        <PartyCard key={party.id} form={form} party={party} index={index} languages={languages} records={records} />
      ))}
      {parties.length < MAX_PARTIES ? (
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('parties', newParty())}>
          {t('form.addParty')}
        </Button>
      ) : null}
    </Stack>
  );
}

interface PartyProps {
  form: Form;
  party: AgreementParty;
  index: number;
  languages: readonly string[];
  records: AgreementRecords | undefined;
}

function PartyCard({ form, party, index, languages, records }: PartyProps) {
  const { t } = useTranslation('agreements');
  const uiLanguage = useUiStore((state) => state.language);
  const label = partyLabel(index);
  const organization = party.organizationId ? records?.organizations.get(party.organizationId) : undefined;
  const path = `parties.${index}`;

  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('form.party', { label })}</Text>
        <ActionIcon variant="subtle" color="gray" aria-label={t('form.removeParty', { label })} onClick={() => form.removeListItem('parties', index)}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
      <Stack gap="sm">
        <OrganizationPicker label={t('form.partyOrganization', { label })} maw={480} {...form.getInputProps(`${path}.organizationId`)} />
        <SimpleGrid cols={{ base: 1, md: languages.length }} spacing="sm">
          {languages.map((lang) => (
            <TextInput
              key={lang}
              lang={lang}
              label={t('form.partyName', { label, language: languageName(lang, uiLanguage) })}
              placeholder={organization ? organizationNameIn(organization, lang) : ''}
              {...form.getInputProps(`${path}.name.${lang}`)}
              value={party.name[lang] ?? ''}
            />
          ))}
        </SimpleGrid>
        {party.signatories.map((signatory, n) => (
          <SignatoryFields key={signatory.id} form={form} partyIndex={index} index={n} signatory={signatory} languages={languages} records={records} />
        ))}
        {party.signatories.length < MAX_SIGNATORIES ? (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconUserPlus size={14} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => form.insertListItem(`${path}.signatories`, newSignatory())}
          >
            {t('form.addSignatory', { label })}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}

interface SignatoryProps {
  form: Form;
  partyIndex: number;
  index: number;
  signatory: Signatory;
  languages: readonly string[];
  records: AgreementRecords | undefined;
}

function SignatoryFields({ form, partyIndex, index, signatory, languages, records }: SignatoryProps) {
  const { t } = useTranslation('agreements');
  const uiLanguage = useUiStore((state) => state.language);
  const label = partyLabel(partyIndex);
  const number = index + 1;
  const contact = signatory.contactId ? records?.contacts.get(signatory.contactId) : undefined;
  const path = `parties.${partyIndex}.signatories.${index}`;
  return (
    <Card withBorder padding="xs" bg="var(--mantine-color-default-hover)">
      <Group justify="space-between" align="flex-end" mb="xs">
        <ContactPicker label={t('form.signatory', { label, number })} maw={480} flex={1} {...form.getInputProps(`${path}.contactId`)} />
        <ActionIcon variant="subtle" color="gray" aria-label={t('form.removeSignatory', { label, number })} onClick={() => form.removeListItem(`parties.${partyIndex}.signatories`, index)}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
      <SimpleGrid cols={{ base: 1, md: languages.length }} spacing="xs">
        {languages.map((lang) => (
          <Stack key={lang} gap={4}>
            <TextInput
              size="xs"
              lang={lang}
              label={t('form.signatoryName', { label, number, language: languageName(lang, uiLanguage) })}
              placeholder={contact ? contactNameIn(contact, lang) : ''}
              {...form.getInputProps(`${path}.name.${lang}`)}
              value={signatory.name[lang] ?? ''}
            />
            <TextInput
              size="xs"
              lang={lang}
              label={t('form.signatoryPosition', { label, number, language: languageName(lang, uiLanguage) })}
              placeholder={contact ? contactPositionIn(contact, lang) : ''}
              {...form.getInputProps(`${path}.position.${lang}`)}
              value={signatory.position[lang] ?? ''}
            />
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  );
}
