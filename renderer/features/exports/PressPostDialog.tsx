import { useCallback, useState } from 'react';
import { Badge, Button, Group, Loader, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconCopy, IconRestore } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/domain/lang';
import type { Meeting } from '#shared/domain/meeting';
import { useUiStore } from '../../app/ui-store';
import { useErrorNotifier } from '../../app/error-notifier';
import { DestinationField, type DestinationChoice } from './DestinationField';
import { FormatField } from './FormatField';
import { LanguageField } from './LanguageField';
import { pressFile, type PressFormat } from './press-file';
import { usePressDraft } from './use-press-draft';
import { useExportDelivery } from './use-export-delivery';

const PRESS_FORMATS = ['txt', 'md'] as const;

interface Props {
  opened: boolean;
  onClose: () => void;
  meeting: Meeting;
}

/** The press post: built from the meeting's facts in the chosen language, edited here, then exported, copied or sent. */
export function PressPostDialog({ opened, onClose, meeting }: Props) {
  const { t } = useTranslation('exports');
  return (
    <Modal opened={opened} onClose={onClose} title={t('press.title')} size="xl">
      <PressPostBody onClose={onClose} meeting={meeting} />
    </Modal>
  );
}

function PressPostBody({ onClose, meeting }: Omit<Props, 'opened'>) {
  const { t } = useTranslation('exports');
  const uiLanguage = useUiStore((state) => state.language);
  const [lang, setLang] = useState<UiLanguage>(uiLanguage);
  const [format, setFormat] = useState<PressFormat>('txt');
  const [destination, setDestinationState] = useState<DestinationChoice>({ kind: 'file', targetId: null });
  const setDestination = useCallback((next: DestinationChoice) => setDestinationState(next), []);
  const [busy, setBusy] = useState(false);
  const { text, setText, draft, edited, startOver } = usePressDraft(meeting, lang);
  const deliver = useExportDelivery();
  const notifyError = useErrorNotifier();
  const empty = text.trim() === '';
  const toOutbox = destination.kind === 'outbox';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      notifications.show({ color: 'green', message: t('press.copied') });
    } catch {
      notifications.show({ color: 'orange', message: t('press.copyFailed') });
    }
  };

  const submit = async () => {
    setBusy(true);
    try {
      const target = toOutbox && destination.targetId ? ({ kind: 'outbox', targetId: destination.targetId } as const) : ({ kind: 'file' } as const);
      if ((await deliver(pressFile(meeting, lang, format, text), target)) !== 'cancelled') onClose();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('press.hint')}
      </Text>
      <LanguageField value={lang} onChange={setLang} disabled={edited} description={edited ? t('press.languageLocked') : undefined} />
      {draft === null ? (
        <Loader size="sm" />
      ) : (
        <Stack gap={4}>
          <Textarea
            label={
              <Group gap="xs" component="span">
                {t('press.text')}
                {edited ? (
                  <Badge size="xs" variant="light" tt="none" component="span">
                    {t('press.edited')}
                  </Badge>
                ) : null}
              </Group>
            }
            lang={lang}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autosize
            minRows={8}
            maxRows={20}
            error={empty ? t('press.empty') : undefined}
          />
          {edited ? (
            <Group>
              <Button variant="subtle" size="xs" leftSection={<IconRestore size={14} aria-hidden />} onClick={startOver}>
                {t('press.startOver')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
      <FormatField formats={PRESS_FORMATS} value={format} onChange={(next) => setFormat(next as PressFormat)} />
      <DestinationField value={destination} onChange={setDestination} />
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void copy()} disabled={draft === null || empty}>
          {t('press.copy')}
        </Button>
        <Group>
          <Button variant="default" onClick={onClose}>
            {t('dialog.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={draft === null || empty || (toOutbox && destination.targetId === null)}>
            {toOutbox ? t('dialog.send') : t('dialog.submit')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
