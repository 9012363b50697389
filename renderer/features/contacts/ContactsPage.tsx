import { useCallback, useMemo } from 'react';
import { Button, Loader } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { organizationDisplayName } from '#shared/domain/display-name';
import { useLiveContacts, useLiveOrganizations } from '../../data/live-queries';
import { useUiStore } from '../../app/ui-store';
import { RecordTable } from '../../components/record-table/RecordTable';
import { PageHeader } from '../../components/layout/PageHeader';
import { EmptyWorkspace } from '../sample/EmptyWorkspace';
import { toContactRow, type ContactRow } from './contact-rows';
import { CONTACT_COLUMNS, CONTACTS_DEFAULT_LAYOUT } from './contacts.columns';

export function ContactsPage() {
  const { t } = useTranslation('contacts');
  const language = useUiStore((state) => state.language);
  const contacts = useLiveContacts(language);
  const organizations = useLiveOrganizations(language);
  const navigate = useNavigate();

  const rows = useMemo(() => {
    if (!contacts || !organizations) return undefined;
    const names = new Map(organizations.map((org) => [org.id, organizationDisplayName(org, language)]));
    return contacts.map((contact) => toContactRow(contact, names, language));
  }, [contacts, organizations, language]);

  const open = useCallback((row: ContactRow) => navigate(`/contacts/${row.id}`), [navigate]);
  const countLabel = useCallback(
    (shown: number, total: number) =>
      shown === total ? t('count', { count: total }) : t('countFiltered', { count: shown, total }),
    [t],
  );
  const newButton = (
    <Button component={Link} to="/contacts/new" leftSection={<IconPlus size={16} aria-hidden />}>
      {t('new')}
    </Button>
  );

  return (
    <div className="page page--fill">
      <PageHeader title={t('title')} />
      {rows === undefined ? (
        <Loader />
      ) : rows.length === 0 ? (
        <EmptyWorkspace message={t('empty')} action={newButton} />
      ) : (
        <RecordTable
          tableId="contacts"
          label={t('title')}
          rows={rows}
          columns={CONTACT_COLUMNS}
          defaultLayout={CONTACTS_DEFAULT_LAYOUT}
          countLabel={countLabel}
          onOpen={open}
          toolbar={newButton}
        />
      )}
    </div>
  );
}
