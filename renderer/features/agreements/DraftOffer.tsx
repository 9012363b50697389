import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { formatDateTime } from '../../app/format';

/** Changes typed before the window closed, offered back as record forms offer them. */
export function DraftOffer({ savedAt, onRestore, onDiscard }: { savedAt: number; onRestore: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  return (
    <Alert color="yellow" title={t('form.draft.title')}>
      {t('form.draft.body', { time: formatDateTime(savedAt, language) })}
      <Group mt="sm">
        <Button size="xs" onClick={onRestore}>
          {t('form.draft.restore')}
        </Button>
        <Button size="xs" variant="default" onClick={onDiscard}>
          {t('form.draft.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
