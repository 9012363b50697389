import { useCallback, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '#shared/domain/agreement';
import { buildAgreementDocument } from '#shared/agreements/agreement-document';
import { agreementTitleIn } from '#shared/agreements/agreement-display';
import { AppError } from '#shared/errors/app-error';
import { useWorkspace } from '../../../data/workspace-context';
import { usePlatform } from '../../../platform/platform-context';
import { useErrorNotifier } from '../../../app/error-notifier';
import { useUiStore } from '../../../app/ui-store';
import type { EditingSession } from '../use-editing-session';
import { agreementFileName } from './file-name';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface AgreementDocxFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * Builds the agreement's DOCX: pending edits saved first, then the stored agreement read afresh
 * with its parties' records, laid out and written. The docx library loads only when asked for,
 * so it stays out of the first bundle.
 */
export function useAgreementDocxFile(agreementId: string, session: EditingSession): () => Promise<AgreementDocxFile> {
  const { t } = useTranslation('agreements');
  const { agreements, organizations, contacts } = useWorkspace();
  const language = useUiStore((state) => state.language);

  return useCallback(async () => {
    await session.flushAll();
    const agreement: Agreement | undefined = await agreements.get(agreementId);
    if (!agreement) throw new AppError('notFound', { id: agreementId });
    const organizationIds = agreement.parties.flatMap((party) => (party.organizationId ? [party.organizationId] : []));
    const contactIds = agreement.parties.flatMap((party) => party.signatories.flatMap((s) => (s.contactId ? [s.contactId] : [])));
    const [foundOrganizations, foundContacts, { agreementToDocx }] = await Promise.all([
      organizations.getMany(organizationIds),
      contacts.getMany(contactIds),
      import('#shared/agreements/agreement-docx'),
    ]);
    const document = buildAgreementDocument(agreement, {
      organizations: new Map(foundOrganizations.map((o) => [o.id, o])),
      contacts: new Map(foundContacts.map((c) => [c.id, c])),
    });
    const bytes = await agreementToDocx(document);
    return { name: agreementFileName(agreementTitleIn(agreement, language) || t('untitled'), 'docx'), mimeType: DOCX_MIME, bytes };
  }, [agreementId, agreements, contacts, language, organizations, session, t]);
}

/** Saves the agreement as a DOCX where the user says. */
export function useDocxExport(agreementId: string, session: EditingSession) {
  const { t } = useTranslation('agreements');
  const platform = usePlatform();
  const notifyError = useErrorNotifier();
  const buildDocx = useAgreementDocxFile(agreementId, session);
  const [exporting, setExporting] = useState(false);

  const exportDocx = useCallback(async () => {
    setExporting(true);
    try {
      const { name, mimeType, bytes } = await buildDocx();
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      if ((await platform.saveFile({ name, mimeType, bytes: buffer })) === 'saved') {
        notifications.show({ color: 'green', message: t('export.saved', { name }) });
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(false);
    }
  }, [buildDocx, notifyError, platform, t]);

  return { exportDocx, exporting, buildDocx };
}
