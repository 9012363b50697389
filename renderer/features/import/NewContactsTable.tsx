import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PreviewCandidate } from '../../import/import-protocol';
import { useUiStore } from '../../app/ui-store';
import { capped, previewName } from './preview-text';
import { MoreRows } from './PreviewParts';

/** The people who are not in the workspace yet, as they will be added. */
export function NewContactsTable({ contacts, total }: { contacts: readonly PreviewCandidate[]; total: number }) {
  const { t } = useTranslation('import');
  const language = useUiStore((state) => state.language);
  if (contacts.length === 0) return <Text c="dimmed">{t('preview.noNew')}</Text>;
  const { shown, more } = capped(contacts, total);
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('preview.name')}</Table.Th>
              <Table.Th>{t('preview.organization')}</Table.Th>
              <Table.Th>{t('preview.email')}</Table.Th>
              <Table.Th>{t('preview.phone')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((contact) => (
              <Table.Tr key={contact.row}>
                <Table.Td>
                  {previewName(contact, language)}
                  {contact.photos > 0 ? (
                    <Text span size="xs" c="dimmed" ml={6}>
                      {t('preview.photos', { count: contact.photos })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{contact.organizationName}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{contact.emails.join(', ')}</Table.Td>
                <Table.Td>{contact.phones.join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MoreRows count={more} />
    </>
  );
}
