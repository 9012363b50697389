import { useMemo, useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CLAUSE_CATEGORIES, type LibraryClause } from '#shared/domain/agreement';
import { libraryClauseLabel } from '#shared/agreements/clause-library';
import { useUiStore } from '../../../app/ui-store';

interface Props {
  opened: boolean;
  library: readonly LibraryClause[];
  onClose: () => void;
  onInsert: (entry: LibraryClause) => void;
}

/** Picks a clause from the library, grouped by category, to insert with its texts. */
export function LibraryClauseDialog({ opened, library, onClose, onInsert }: Props) {
  const { t } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = library.find((entry) => entry.id === chosenId) ?? null;

  const data = useMemo(
    () =>
      CLAUSE_CATEGORIES.map((category) => ({
        group: t(`categories.${category}`, { ns: 'clauseLibrary' }),
        items: library
          .filter((entry) => entry.category === category)
          .map((entry) => {
            const { heading, text } = libraryClauseLabel(entry, language);
            return { value: entry.id, label: heading || text.slice(0, 80) || entry.id };
          }),
      })).filter((group) => group.items.length > 0),
    [library, language, t],
  );

  const close = () => {
    setChosenId(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('editor.libraryTitle')} size="lg">
      <Stack gap="md">
        <Select label={t('editor.libraryClause')} data={data} value={chosenId} onChange={setChosenId} searchable nothingFoundMessage="—" data-autofocus />
        {chosen ? (
          <Text size="sm" className="pre-wrap" lang={language}>
            {libraryClauseLabel(chosen, language).text}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('editor.cancel')}
          </Button>
          <Button
            disabled={!chosen}
            onClick={() => {
              if (chosen) onInsert(chosen);
              close();
            }}
          >
            {t('editor.insert')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
