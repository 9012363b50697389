import { useId, useRef } from 'react';
import { Alert, Button, Card, FileButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES, type AttachmentOwnerType } from '#shared/domain/attachment';
import { useAttachments } from '../../data/attachment-queries';
import { useUiStore } from '../../app/ui-store';
import { formatBytes } from '../../app/format';
import { AttachmentRow } from './AttachmentRow';
import { AttachmentPreview } from './AttachmentPreview';
import { useAddAttachments, type RefusedFile } from './use-add-attachments';
import { useAttachmentActions } from './use-attachment-actions';

/** Files attached to a contact or a meeting: add (size-capped), open, save out, move to the Trash. */
export function AttachmentsPanel({ ownerType, ownerId }: { ownerType: AttachmentOwnerType; ownerId: string }) {
  const { t } = useTranslation('attachments');
  const language = useUiStore((state) => state.language);
  const files = useAttachments(ownerId);
  const { add, adding, refused, dismissRefused } = useAddAttachments(ownerType, ownerId);
  const { open, save, trash, close, opened, lastShown } = useAttachmentActions();
  // Cleared after each pick, so choosing the same file again is still a change.
  const resetPicker = useRef<() => void>(null);
  const titleId = useId();
  const limit = formatBytes(MAX_ATTACHMENT_BYTES, language);

  const onPick = async (picked: File[]) => {
    await add(picked);
    resetPicker.current?.();
  };

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={titleId}>
          {t('title')}
        </Title>
        <FileButton multiple onChange={(picked) => void onPick(picked)} resetRef={resetPicker}>
          {(props) => (
            <Button {...props} variant="light" loading={adding} leftSection={<IconPaperclip size={16} aria-hidden />}>
              {t('add')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Stack gap="xs">
        {refused.length > 0 ? <RefusedFiles files={refused} onClose={dismissRefused} /> : null}
        {files === undefined ? (
          <Loader size="sm" aria-label={t('loading')} />
        ) : files.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('empty', { limit })}
          </Text>
        ) : (
          <ul className="attachment-list" aria-label={t('list')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {files.map((attachment) => (
              <AttachmentRow key={attachment.id} attachment={attachment} language={language} onOpen={open} onSave={save} onTrash={trash} />
            ))}
          </ul>
        )}
      </Stack>
      <AttachmentPreview opened={opened} file={lastShown} onClose={close} onSave={save} />
    </Card>
  );
}

/** Which files were refused and why, naming each file, its size and the limit. */
function RefusedFiles({ files, onClose }: { files: RefusedFile[]; onClose: () => void }) {
  const { t } = useTranslation('attachments');
  const language = useUiStore((state) => state.language);
  const limit = formatBytes(MAX_ATTACHMENT_BYTES, language);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('notAdded', { count: files.length })}
      withCloseButton
      closeButtonLabel={t('close', { ns: 'common' })}
      onClose={onClose}
    >
      <Stack gap={4}>
        {files.map((file, index) => (
          <Text key={`${index}-${file.name}`} size="sm">
            {t('tooLarge', { name: file.name, size: formatBytes(file.size, language), limit })}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
