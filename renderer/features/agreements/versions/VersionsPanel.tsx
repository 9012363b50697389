import { useState, type FormEvent } from 'react';
import { Button, Card, Checkbox, Group, Loader, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsDiff, IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Agreement, AgreementVersion } from '#shared/domain/agreement';
import { useAgreementVersions } from '../../../data/agreement-queries';
import { useWorkspace } from '../../../data/workspace-context';
import { useUiStore } from '../../../app/ui-store';
import { useErrorNotifier } from '../../../app/error-notifier';
import { formatDateTime } from '../../../app/format';
import { SectionTitle } from '../../../components/layout/SectionTitle';
import { AgreementStatusBadge } from '../AgreementStatusBadge';
import { versionLabel } from './version-labels';
import { CURRENT, comparePath, compareRange, toggleSide } from './version-selection';
import { RestoreVersionDialog } from './RestoreVersionDialog';

/**
 * An agreement's saved versions, newest first, under its current text: save a named version,
 * pick two sides to compare, or restore one as the draft (the text it replaces is kept).
 */
export function VersionsPanel({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const { agreementVersions } = useWorkspace();
  const language = useUiStore((state) => state.language);
  const notifyError = useErrorNotifier();
  const navigate = useNavigate();
  const versions = useAgreementVersions(agreement.id);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [selection, setSelection] = useState<string[]>([]);
  const [restoring, setRestoring] = useState<AgreementVersion | null>(null);
  const titleId = `versions-of-${agreement.id}`;
  const range = versions ? compareRange(selection, versions) : null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await agreementVersions.save(agreement.id, 'manual', name);
      setName('');
      notifications.show({ color: 'green', message: t('versions.saved') });
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  const row = (id: string, label: string, at: number, status: Agreement['status'], version: AgreementVersion | null) => (
    <Table.Tr key={id}>
      <Table.Td>
        <Checkbox
          aria-label={t('versions.selectNamed', { name: label })}
          checked={selection.includes(id)}
          onChange={() => setSelection((current) => toggleSide(current, id))}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={version ? undefined : 600}>
          {label}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          <time dateTime={new Date(at).toISOString()}>{formatDateTime(at, language)}</time>
        </Text>
      </Table.Td>
      <Table.Td>
        <AgreementStatusBadge status={status} size="sm" />
      </Table.Td>
      <Table.Td>
        {version ? (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconRestore size={14} aria-hidden />}
            aria-label={t('versions.restoreNamed', { name: label })}
            onClick={() => setRestoring(version)}
          >
            {t('versions.restore')}
          </Button>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <SectionTitle id={titleId} count={versions?.length} countLabel={t('versions.count', { count: versions?.length ?? 0 })}>
        {t('versions.title')}
      </SectionTitle>
      <Text size="sm" c="dimmed" mb="sm">
        {t('versions.intro')}
      </Text>
      <form onSubmit={(event) => void save(event)}>
        <Group align="flex-end" gap="xs" mb="md">
          <TextInput
            label={t('versions.name')}
            placeholder={t('versions.namePlaceholder')}
            value={name}
            maxLength={200}
            onChange={(event) => setName(event.currentTarget.value)}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} aria-hidden />}>
            {t('versions.save')}
          </Button>
        </Group>
      </form>
      {versions === undefined ? (
        <Loader size="sm" aria-label={t('versions.loading')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={620}>
            <Table verticalSpacing={6} aria-labelledby={titleId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={44}>
                    <VisuallyHidden>{t('versions.columns.select')}</VisuallyHidden>
                  </Table.Th>
                  <Table.Th>{t('versions.columns.version')}</Table.Th>
                  <Table.Th>{t('versions.columns.savedAt')}</Table.Th>
                  <Table.Th>{t('versions.columns.status')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('versions.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {row(CURRENT, t('versions.current'), agreement.updatedAt, agreement.status, null)}
                {versions.map((version) => row(version.id, versionLabel(version, t), version.createdAt, version.status, version))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {versions.length === 0 ? (
            <Text size="sm" c="dimmed" mt="xs">
              {t('versions.empty')}
            </Text>
          ) : null}
          <Group gap="sm" mt="sm">
            <Button
              variant="light"
              leftSection={<IconArrowsDiff size={16} aria-hidden />}
              disabled={range === null}
              onClick={() => {
                if (range) void navigate(comparePath(agreement.id, range));
              }}
            >
              {t('versions.compare')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('versions.compareHint')}
            </Text>
          </Group>
        </>
      )}
      {restoring ? (
        <RestoreVersionDialog version={restoring} status={agreement.status} label={versionLabel(restoring, t)} onClose={() => setRestoring(null)} />
      ) : null}
    </Card>
  );
}
