import { useCallback, useState } from 'react';
import { Button, Group, List, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DuplicateDecision, ImportDecisions } from '#shared/import/import-plan';
import type { ImportPreview } from '../../import/import-protocol';
import { INITIAL_DECISIONS, chooseForAll, chooseForRow, toImportDecisions, writesSomething } from './duplicate-decisions';
import { capped } from './preview-text';
import { DuplicatesTable } from './DuplicatesTable';
import { MeetingsPanel } from './MeetingsPanel';
import { NewContactsTable } from './NewContactsTable';
import { MoreRows } from './PreviewParts';
import { RejectedTable } from './RejectedTable';

interface Props {
  preview: ImportPreview;
  applying: boolean;
  /** The preview is being read again (mapping changed): importing waits for it. */
  updating: boolean;
  onApply: (decisions: ImportDecisions) => void;
}

type Tab = 'duplicates' | 'new' | 'rejected' | 'meetings' | 'organizations';

/**
 * What the import would do, before anything is written: new people, probable duplicates with
 * the user's choice for each, refused rows with the reason, meetings and new organizations.
 */
export function PreviewSection({ preview, applying, updating, onApply }: Props) {
  const { t } = useTranslation('import');
  const [decisions, setDecisions] = useState(INITIAL_DECISIONS);
  const [eventId, setEventId] = useState<string | null>(null);
  const [missingEvent, setMissingEvent] = useState(false);
  // Duplicates need a choice, so they come first when there are any.
  const [tab, setTab] = useState<Tab>(preview.duplicates.length > 0 ? 'duplicates' : 'new');
  const onRow = useCallback((row: number, decision: DuplicateDecision) => setDecisions((state) => chooseForRow(state, row, decision)), []);
  const onAll = useCallback((decision: DuplicateDecision) => setDecisions(chooseForAll(decision)), []);

  const hasMeetings = preview.meetings.length > 0;
  const canWrite = writesSomething(preview, decisions);
  const organizations = capped(preview.newOrganizationNames);

  const apply = () => {
    if (hasMeetings && !eventId) {
      setMissingEvent(true);
      setTab('meetings');
      return;
    }
    onApply(toImportDecisions(decisions, hasMeetings ? eventId : null));
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="import-preview-title">
      <Title order={2} size="h4" id="import-preview-title">
        {t('preview.heading')}
      </Title>
      <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="duplicates">{t('preview.duplicates', { count: preview.totals.duplicates })}</Tabs.Tab>
          <Tabs.Tab value="new">{t('preview.new', { count: preview.totals.newContacts })}</Tabs.Tab>
          <Tabs.Tab value="rejected">{t('preview.rejected', { count: preview.totals.rejected })}</Tabs.Tab>
          {hasMeetings ? <Tabs.Tab value="meetings">{t('preview.meetings', { count: preview.totals.meetings })}</Tabs.Tab> : null}
          {preview.newOrganizationNames.length > 0 ? (
            <Tabs.Tab value="organizations">{t('preview.organizations', { count: preview.newOrganizationNames.length })}</Tabs.Tab>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value="duplicates" pt="sm">
          <DuplicatesTable duplicates={preview.duplicates} total={preview.totals.duplicates} decisions={decisions} onRow={onRow} onAll={onAll} />
        </Tabs.Panel>
        <Tabs.Panel value="new" pt="sm">
          <NewContactsTable contacts={preview.newContacts} total={preview.totals.newContacts} />
        </Tabs.Panel>
        <Tabs.Panel value="rejected" pt="sm">
          <RejectedTable rows={preview.rejected} total={preview.totals.rejected} />
        </Tabs.Panel>
        {hasMeetings ? (
          <Tabs.Panel value="meetings" pt="sm">
            <MeetingsPanel preview={preview} eventId={eventId} onEvent={setEventId} missingEvent={missingEvent} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="organizations" pt="sm">
          <List size="sm" spacing={2}>
            {organizations.shown.map((name) => (
              <List.Item key={name}>{name}</List.Item>
            ))}
          </List>
          <MoreRows count={organizations.more} />
        </Tabs.Panel>
      </Tabs>
      <Group gap="sm" mt="xs">
        <Button
          leftSection={<IconDatabaseImport size={18} aria-hidden />}
          onClick={apply}
          loading={applying}
          disabled={!canWrite || updating}
        >
          {t('apply.button')}
        </Button>
        {!canWrite ? (
          <Text size="sm" c="dimmed">
            {preview.duplicates.length > 0 ? t('apply.nothing') : t('apply.nothingInFile')}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
