import { Loader, Stack, Tabs } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Agreement, LibraryClause } from '#shared/domain/agreement';
import { useAgreement } from '../../data/agreement-queries';
import { NotFound } from '../../components/layout/NotFound';
import { VersionsPanel } from './versions';
import { ClauseEditor } from './editor/ClauseEditor';
import { AgreementDetailsForm } from './form/AgreementDetailsForm';
import { AgreementHeader } from './page/AgreementHeader';
import { AgreementMeetings } from './page/AgreementMeetings';
import { AgreementNotes } from './page/AgreementNotes';
import { StatusHistory } from './page/StatusHistory';
import { useEditingSession } from './use-editing-session';
import { useClauseLibrary } from './library';

const EMPTY_LIBRARY: readonly LibraryClause[] = [];

const TABS = ['text', 'parties', 'meetings', 'versions', 'notes'] as const;
type Tab = (typeof TABS)[number];

export function AgreementPage() {
  const { id } = useParams();
  const agreement = useAgreement(id);
  if (agreement === undefined) return <Loader />;
  if (agreement === null) return <NotFound />;
  return <AgreementView key={agreement.id} agreement={agreement} />;
}

/**
 * One agreement: its header (status, exports) and tabs for the text, the framing, the linked
 * meetings, the versions with the status history, and notes. Tabs unmount when left, so each
 * saves what it holds then.
 */
function AgreementView({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const session = useEditingSession(agreement.id);
  const library = useClauseLibrary();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = TABS.includes(requested as Tab) ? (requested as Tab) : 'text';

  return (
    <Stack gap="md">
      <AgreementHeader agreement={agreement} session={session} />
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== 'text' ? { tab: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="text" pt="md">
          <ClauseEditor agreement={agreement} session={session} library={library ?? EMPTY_LIBRARY} />
        </Tabs.Panel>
        <Tabs.Panel value="parties" pt="md">
          <AgreementDetailsForm agreement={agreement} session={session} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings" pt="md">
          <AgreementMeetings agreement={agreement} />
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="md">
          <Stack gap="md">
            <VersionsPanel agreement={agreement} />
            <StatusHistory agreementId={agreement.id} history={agreement.statusHistory} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          <AgreementNotes agreement={agreement} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
