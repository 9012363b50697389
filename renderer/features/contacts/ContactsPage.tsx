import { useCallback, useMemo } from 'react';
import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { organizationDisplayName } from '#shared/domain/display-name';
import { useLiveContactList, useLiveOrganizations } from '../../data/live-queries';
import { usePresortedOrder } from '../../components/record-table/use-table-layout';
import { useUiStore } from '../../app/ui-store';
import { RecordListPage } from '../../components/record-table/RecordListPage';
import { useListLabels } from '../../components/record-table/use-list-labels';
import { ContactsExportButton } from '../exports';
import { contactSearchText, toContactRow, type ContactRow } from './contact-rows';
import { CONTACT_COLUMNS, CONTACTS_DEFAULT_LAYOUT } from './contacts.columns';

export function ContactsPage() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const nameOrder = usePresortedOrder('contacts', CONTACTS_DEFAULT_LAYOUT, 'name');
  const { items: contacts, complete } = useLiveContactList(language, nameOrder);
  const organizations = useLiveOrganizations(language);

  const rows = useMemo(() => {
    if (!contacts || !organizations) return undefined;
    const names = new Map(organizations.map((org) => [org.id, organizationDisplayName(org, language)]));
    return contacts.map((contact) => toContactRow(contact, names, language));
  }, [contacts, organizations, language]);

  const labels = useListLabels('contacts');
  const total = rows?.length ?? 0;
  const exportButton = useCallback(
    (shownRows: () => ContactRow[]) => (
      <>
        <ContactsExportButton total={total} shownIds={() => shownRows().map((row) => row.id)} />
        <Button component={Link} to="/import" variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
          {t('nav.import')}
        </Button>
      </>
    ),
    [total, t],
  );

  return (
    <RecordListPage
      basePath="/contacts"
      tableId="contacts"
      {...labels}
      rows={rows}
      columns={CONTACT_COLUMNS}
      defaultLayout={CONTACTS_DEFAULT_LAYOUT}
      searchTextOf={contactSearchText}
      presortedColumn="name"
      complete={complete}
      actions={exportButton}
    />
  );
}
