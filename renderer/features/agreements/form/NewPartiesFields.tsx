import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { partyLabel } from '#shared/agreements/placeholders';
import { OrganizationPicker } from '../../organizations/OrganizationPicker';
import { ContactMultiPicker } from '../../contacts';
import type { NewAgreementValues } from './new-agreement';

const MAX_PARTIES = 10;

/** The parties in order (A, B…): each an organization and the people who sign for it. */
export function NewPartiesFields({ form }: { form: UseFormReturnType<NewAgreementValues> }) {
  const { t } = useTranslation('agreements');
  const { parties } = form.values;
  return (
    <Stack gap="sm">
      {parties.map((_party, index) => {
        const label = partyLabel(index);
        return (
          <Card key={index} withBorder padding="sm">
            <Group justify="space-between" mb="xs">
              <Text fw={600}>{t('form.party', { label })}</Text>
              <ActionIcon variant="subtle" color="gray" aria-label={t('form.removeParty', { label })} onClick={() => form.removeListItem('parties', index)}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              <OrganizationPicker label={t('form.partyOrganization', { label })} {...form.getInputProps(`parties.${index}.organizationId`)} />
              <ContactMultiPicker label={t('form.partySignatories', { label })} {...form.getInputProps(`parties.${index}.signatoryContactIds`)} />
            </SimpleGrid>
          </Card>
        );
      })}
      {parties.length < MAX_PARTIES ? (
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('parties', { organizationId: null, signatoryContactIds: [] })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('form.addParty')}
        </Button>
      ) : null}
    </Stack>
  );
}
