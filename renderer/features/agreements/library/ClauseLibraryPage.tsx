import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Badge, Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconPlus, IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../../data/clause-library-repository';
import { useClauseLibraryEntries } from '../../../data/clause-library-queries';
import { useWorkspace } from '../../../data/workspace-context';
import { useErrorNotifier } from '../../../app/error-notifier';
import { useUiStore } from '../../../app/ui-store';
import { PageHeader } from '../../../components/layout/PageHeader';
import { ClauseDialog } from './ClauseDialog';
import { LibraryClauseCard } from './LibraryClauseCard';
import { ResetClauseDialog } from './ResetClauseDialog';
import { libraryGroups, libraryNames } from './library-view';

/** Editing state: closed, adding a clause, or editing one. */
type Editing = { entry: LibraryEntry | null } | null;

/**
 * The clause library editor (`/settings/clauses`): clauses grouped by category, a search over
 * all three languages, edit / add / reset to the shipped text / move the user's own to the Trash.
 */
export function ClauseLibraryPage() {
  const { t } = useTranslation('clauseLibrary');
  const { clauseLibrary } = useWorkspace();
  const language = useUiStore((state) => state.language);
  const notifyError = useErrorNotifier();
  const entries = useClauseLibraryEntries();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [editing, setEditing] = useState<Editing>(null);
  const [resetting, setResetting] = useState<LibraryEntry | null>(null);
  const groups = useMemo(() => (entries ? libraryGroups(entries, deferredQuery) : []), [entries, deferredQuery]);
  const names = useMemo(() => (entries ? libraryNames(entries, language) : new Map<string, string>()), [entries, language]);
  const nameOf = useCallback((entry: LibraryEntry) => names.get(entry.clause.id) || t('untitled'), [names, t]);

  const onEdit = useCallback((entry: LibraryEntry) => setEditing({ entry }), []);
  const onReset = useCallback((entry: LibraryEntry) => setResetting(entry), []);
  const onTrash = useCallback(
    async (entry: LibraryEntry) => {
      const name = nameOf(entry);
      try {
        await clauseLibrary.moveToTrash([entry.clause.id]);
        const id = `library-trash-${entry.clause.id}`;
        const undo = async () => {
          notifications.hide(id);
          try {
            await clauseLibrary.restore([entry.clause.id]);
            notifications.show({ color: 'green', message: t('restored', { name }) });
          } catch (error) {
            notifyError(error);
          }
        };
        notifications.show({
          id,
          message: (
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <span>{t('trashed', { name })}</span>
              <Button size="compact-sm" variant="light" onClick={() => void undo()}>
                {t('undo')}
              </Button>
            </Group>
          ),
        });
      } catch (error) {
        notifyError(error);
      }
    },
    [clauseLibrary, nameOf, notifyError, t],
  );
  const onTrashClick = useCallback((entry: LibraryEntry) => void onTrash(entry), [onTrash]);

  const ownCount = entries?.filter((entry) => entry.origin === 'own').length ?? 0;
  const editedCount = entries?.filter((entry) => entry.origin === 'edited').length ?? 0;

  return (
    <div className="page">
      <PageHeader title={t('title')}>
        <Button component={Link} to="/settings" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('back')}
        </Button>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ entry: null })}>
          {t('add')}
        </Button>
      </PageHeader>
      <Stack gap="md" maw={1100}>
        <Text c="dimmed">{t('intro')}</Text>
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            type="search"
            label={t('search')}
            placeholder={t('searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={420}
          />
          {entries ? (
            <Text size="sm" c="dimmed" mb={6}>
              {[
                t('count', { count: entries.length }),
                editedCount > 0 ? t('editedCount', { count: editedCount }) : '',
                ownCount > 0 ? t('ownCount', { count: ownCount }) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          ) : null}
        </Group>
        {!entries ? (
          <Loader size="sm" aria-label={t('loading')} />
        ) : groups.length === 0 ? (
          <Text role="status">{t('noMatches', { query: deferredQuery.trim() })}</Text>
        ) : (
          groups.map((group) => {
            const headingId = `library-category-${group.category}`;
            return (
              <Stack key={group.category} gap="xs" component="section" aria-labelledby={headingId}>
                <Group gap="xs">
                  <Title order={2} size="h4" id={headingId}>
                    {t(`categories.${group.category}`)}
                  </Title>
                  <Badge variant="light" color="gray" aria-label={t('count', { count: group.entries.length })}>
                    {group.entries.length}
                  </Badge>
                </Group>
                {group.entries.map((entry) => (
                  <LibraryClauseCard
                    key={entry.clause.id}
                    entry={entry}
                    name={names.get(entry.clause.id) ?? ''}
                    onEdit={onEdit}
                    onReset={onReset}
                    onTrash={onTrashClick}
                  />
                ))}
              </Stack>
            );
          })
        )}
      </Stack>
      {editing ? <ClauseDialog entry={editing.entry} onClose={() => setEditing(null)} /> : null}
      {resetting ? <ResetClauseDialog clauseId={resetting.clause.id} name={nameOf(resetting)} onClose={() => setResetting(null)} /> : null}
    </div>
  );
}
