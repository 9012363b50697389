import { Button, Group, Modal } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '#shared/domain/attachment';
import type { ShownFile } from './use-attachment-actions';

interface Props {
  opened: boolean;
  file: ShownFile | null;
  onClose: () => void;
  onSave: (attachment: Attachment) => void;
}

/** An image or a PDF shown in the app, with the way to save it out at hand. */
export function AttachmentPreview({ opened, file, onClose, onSave }: Props) {
  const { t } = useTranslation('attachments');
  const name = file?.attachment.fileName ?? '';
  return (
    <Modal opened={opened} onClose={onClose} title={name} size="xl" centered>
      {file?.as === 'image' ? (
        <img src={file.url} alt={name} style={{ display: 'block', maxWidth: '100%', maxHeight: '70vh', margin: '0 auto' }} />
      ) : null}
      {file?.as === 'pdf' ? <iframe src={file.url} title={t('previewOf', { name })} style={{ width: '100%', height: '70vh', border: 0 }} /> : null}
      {file ? (
        <Group justify="flex-end" mt="md">
          <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => onSave(file.attachment)}>
            {t('saveShort')}
          </Button>
        </Group>
      ) : null}
    </Modal>
  );
}
