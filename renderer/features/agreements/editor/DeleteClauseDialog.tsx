import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  /** "Clause 3"; null when closed. */
  clauseLabel: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Asks before a clause goes; the text before this session stays in the versions. */
export function DeleteClauseDialog({ clauseLabel, onCancel, onConfirm }: Props) {
  const { t } = useTranslation('agreements');
  return (
    <Modal opened={clauseLabel !== null} onClose={onCancel} title={t('editor.deleteTitle', { clause: clauseLabel ?? '' })} centered>
      <Text mb="md">{t('editor.deleteBody')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('editor.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm} data-autofocus>
          {t('editor.deleteConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
