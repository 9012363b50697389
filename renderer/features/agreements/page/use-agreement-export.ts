import { useCallback, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '#shared/domain/agreement';
import { buildAgreementDocument } from '#shared/agreements/agreement-document';
import { agreementToDocx } from '#shared/agreements/agreement-docx';
import { agreementTitleIn } from '#shared/agreements/agreement-display';
import { AppError } from '#shared/errors/app-error';
import { useWorkspace } from '../../../data/workspace-context';
import { usePlatform } from '../../../platform/platform-context';
import { useErrorNotifier } from '../../../app/error-notifier';
import { useUiStore } from '../../../app/ui-store';
import type { EditingSession } from '../use-editing-session';
import { agreementFileName } from './file-name';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Saves the agreement as a DOCX where the user says: pending edits saved first, then the
 * stored agreement read afresh with its parties' records, laid out and written.
 */
export function useDocxExport(agreementId: string, session: EditingSession) {
  const { t } = useTranslation('agreements');
  const { agreements, organizations, contacts } = useWorkspace();
  const platform = usePlatform();
  const notifyError = useErrorNotifier();
  const language = useUiStore((state) => state.language);
  const [exporting, setExporting] = useState(false);

  const exportDocx = useCallback(async () => {
    setExporting(true);
    try {
      await session.flushAll();
      const agreement: Agreement | undefined = await agreements.get(agreementId);
      if (!agreement) throw new AppError('notFound', { id: agreementId });
      const organizationIds = agreement.parties.flatMap((party) => (party.organizationId ? [party.organizationId] : []));
      const contactIds = agreement.parties.flatMap((party) => party.signatories.flatMap((s) => (s.contactId ? [s.contactId] : [])));
      const [foundOrganizations, foundContacts] = await Promise.all([organizations.getMany(organizationIds), contacts.getMany(contactIds)]);
      const document = buildAgreementDocument(agreement, {
        organizations: new Map(foundOrganizations.map((o) => [o.id, o])),
        contacts: new Map(foundContacts.map((c) => [c.id, c])),
      });
      const bytes = await agreementToDocx(document);
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const name = agreementFileName(agreementTitleIn(agreement, language) || t('untitled'), 'docx');
      if ((await platform.saveFile({ name, mimeType: DOCX_MIME, bytes: buffer })) === 'saved') {
        notifications.show({ color: 'green', message: t('export.saved', { name }) });
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(false);
    }
  }, [agreementId, agreements, contacts, language, notifyError, organizations, platform, session, t]);

  return { exportDocx, exporting };
}
