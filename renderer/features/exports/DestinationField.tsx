import { useEffect } from 'react';
import { Anchor, Group, Loader, Radio, Select, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSyncTargets } from '../../data/outbox-queries';

export interface DestinationChoice {
  kind: 'file' | 'outbox';
  /** The chosen sync target, when sending to the outbox. */
  targetId: string | null;
}

interface Props {
  value: DestinationChoice;
  onChange: (value: DestinationChoice) => void;
  /** Why the outbox cannot take this export here (e.g. a PDF in the browser); the option is then disabled. */
  outboxUnavailable?: string;
}

/** "Save to a file" or "Send to the outbox" with the target; with no target yet, the way to Settings. */
export function DestinationField({ value, onChange, outboxUnavailable }: Props) {
  const { t } = useTranslation('exports');
  const targets = useSyncTargets();
  const toOutbox = value.kind === 'outbox' && !outboxUnavailable;

  // The first target is the likely one: chosen for the user, who can change it.
  const firstId = targets?.[0]?.id ?? null;
  useEffect(() => {
    if (toOutbox && value.targetId === null && firstId !== null) onChange({ kind: 'outbox', targetId: firstId });
  }, [toOutbox, value.targetId, firstId, onChange]);

  return (
    <Stack gap="xs">
      <Radio.Group label={t('dialog.destination')} value={toOutbox ? 'outbox' : 'file'} onChange={(kind) => onChange({ ...value, kind: kind as DestinationChoice['kind'] })}>
        <Stack mt="xs" gap="xs">
          <Radio value="file" label={t('dialog.toFile')} />
          <Radio value="outbox" label={t('dialog.toOutbox')} disabled={Boolean(outboxUnavailable)} description={outboxUnavailable ?? t('dialog.toOutboxHint')} />
        </Stack>
      </Radio.Group>
      {toOutbox ? (
        targets === undefined ? (
          <Loader size="sm" />
        ) : targets.length === 0 ? (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('dialog.noTargets')}
            </Text>
            <Anchor component={Link} to="/settings" size="sm">
              {t('dialog.setUpTarget')}
            </Anchor>
          </Group>
        ) : (
          <Select
            label={t('dialog.target')}
            placeholder={t('dialog.targetPlaceholder')}
            data={targets.map((target) => ({ value: target.id, label: target.name }))}
            value={value.targetId}
            onChange={(targetId) => onChange({ kind: 'outbox', targetId })}
            allowDeselect={false}
          />
        )
      ) : null}
    </Stack>
  );
}
