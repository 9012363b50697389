import { memo } from 'react';
import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconPencil, IconRestore, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { libraryClauseLabel } from '#shared/agreements/clause-library';
import type { LibraryEntry } from '../../../data/clause-library-repository';
import { useUiStore } from '../../../app/ui-store';

const ORIGIN_COLOR: Readonly<Record<LibraryEntry['origin'], string>> = { builtIn: 'gray', edited: 'orange', own: 'blue' };

interface Props {
  entry: LibraryEntry;
  /** The clause's name in the list (its heading, or the start of its text); '' for none. */
  name: string;
  onEdit: (entry: LibraryEntry) => void;
  onReset: (entry: LibraryEntry) => void;
  onTrash: (entry: LibraryEntry) => void;
}

/** One library clause: its heading and text in the UI language, where it comes from, and what can be done with it. */
export const LibraryClauseCard = memo(function LibraryClauseCard({ entry, name: givenName, onEdit, onReset, onTrash }: Props) {
  const { t } = useTranslation('clauseLibrary');
  const language = useUiStore((state) => state.language);
  const { heading, text } = libraryClauseLabel(entry.clause, language);
  const name = givenName || t('untitled');
  return (
    <Paper withBorder p="sm" component="article" aria-label={name}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Group gap="xs" align="baseline">
          <Text fw={600} fs={heading ? undefined : 'italic'}>
            {name}
          </Text>
          <Badge size="sm" variant="light" color="gray" tt="none">
            {t(`kinds.${entry.clause.kind}`)}
          </Badge>
          <Badge size="sm" variant="dot" color={ORIGIN_COLOR[entry.origin]} tt="none">
            {t(`origin.${entry.origin}`)}
          </Badge>
        </Group>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPencil size={14} aria-hidden />}
            aria-label={t('editNamed', { name })}
            onClick={() => onEdit(entry)}
          >
            {t('edit')}
          </Button>
          {entry.origin === 'edited' ? (
            <Button
              size="compact-sm"
              variant="subtle"
              color="orange"
              leftSection={<IconRestore size={14} aria-hidden />}
              aria-label={t('resetNamed', { name })}
              onClick={() => onReset(entry)}
            >
              {t('reset')}
            </Button>
          ) : null}
          {entry.origin === 'own' ? (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              aria-label={t('trashNamed', { name })}
              onClick={() => onTrash(entry)}
            >
              {t('trash')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Text size="sm" c="dimmed" lineClamp={3} mt={4} className="pre-wrap">
        {text || t('noText')}
      </Text>
    </Paper>
  );
});
