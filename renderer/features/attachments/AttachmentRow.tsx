import { memo } from 'react';
import { ActionIcon, Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconDownload, IconEye, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '#shared/domain/attachment';
import type { UiLanguage } from '#shared/domain/lang';
import { formatBytes, formatDateTime } from '../../app/format';
import { fileKind } from './file-kind';
import { FileKindIcon } from './FileKindIcon';

interface Props {
  attachment: Attachment;
  language: UiLanguage;
  onOpen: (attachment: Attachment) => void;
  onSave: (attachment: Attachment) => void;
  onTrash: (attachment: Attachment) => void;
}

/** One attached file: what it is, and buttons named with the file, for screen readers too. */
export const AttachmentRow = memo(function AttachmentRow({ attachment, language, onOpen, onSave, onTrash }: Props) {
  const { t } = useTranslation('attachments');
  const kind = fileKind(attachment.mimeType, attachment.fileName);
  const name = attachment.fileName;
  const details = t('details', {
    kind: t(`kinds.${kind}`),
    size: formatBytes(attachment.size, language),
    date: formatDateTime(attachment.createdAt, language),
  });

  return (
    <Group component="li" wrap="nowrap" gap="sm" py={6} className="attachment-row">
      <ThemeIcon variant="light" size="lg" color={kind === 'pdf' ? 'red' : kind === 'image' ? 'teal' : 'blue'}>
        <FileKindIcon kind={kind} />
      </ThemeIcon>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={500} truncate="end" title={name}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {details}
        </Text>
      </div>
      <Group gap={4} wrap="nowrap">
        <Tooltip label={t('openShort')}>
          <ActionIcon variant="subtle" size="lg" aria-label={t('open', { name })} onClick={() => onOpen(attachment)}>
            <IconEye size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('saveShort')}>
          <ActionIcon variant="subtle" size="lg" aria-label={t('save', { name })} onClick={() => onSave(attachment)}>
            <IconDownload size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('moveToTrashShort')}>
          <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('moveToTrash', { name })} onClick={() => onTrash(attachment)}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
});
