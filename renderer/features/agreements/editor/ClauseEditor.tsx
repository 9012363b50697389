import { useMemo, useState, type CSSProperties } from 'react';
import { Button, Group, Stack, Switch, Text, VisuallyHidden } from '@mantine/core';
import { IconBooks, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Agreement, LibraryClause } from '#shared/domain/agreement';
import { numberClauses } from '#shared/agreements/clause-numbering';
import { countOutOfStep, isOutOfStep } from '#shared/agreements/translation-status';
import { languageNameIn } from '#shared/agreements/document-labels';
import { useAgreementRecords } from '../../../data/agreement-queries';
import { useUiStore } from '../../../app/ui-store';
import { languageName } from '../../../app/format';
import { SaveStatusText } from '../../../components/record-form/FormStatus';
import type { EditingSession } from '../use-editing-session';
import { useClauseAutosave } from './use-clause-autosave';
import { useClauseActions } from './use-clause-actions';
import { usePlaceholderContext } from './use-placeholder-context';
import { ClauseRow } from './ClauseRow';
import { DeleteClauseDialog } from './DeleteClauseDialog';
import { LibraryClauseDialog } from './LibraryClauseDialog';
import { clauseFromLibrary } from '#shared/agreements/clause-library';
import './clause-editor.css';
import { DraftOffer } from '../DraftOffer';

interface Props {
  agreement: Agreement;
  session: EditingSession;
  library: readonly LibraryClause[];
}

/**
 * The side-by-side editor: one column per language of the agreement, one row per clause, so
 * the languages stay aligned. Edits save themselves; each language's translation state shows
 * in its cell, and a switch narrows the list to the clauses out of step.
 */
export function ClauseEditor({ agreement, session, library }: Props) {
  const { t } = useTranslation('agreements');
  const uiLanguage = useUiStore((state) => state.language);
  const readOnly = agreement.deletedAt !== null;
  const languagesKey = agreement.languages.join(',');
  const languages = useMemo(() => languagesKey.split(','), [languagesKey]);
  // Column headings stand alone, capitalized; labels use the name as a sentence does ("англійська").
  const languageNames = useMemo(() => Object.fromEntries(languages.map((lang) => [lang, languageName(lang, uiLanguage)])), [languages, uiLanguage]);
  const records = useAgreementRecords(agreement);
  const context = usePlaceholderContext(agreement, records);

  const { clauses, change, flush, status, savedAt, pendingDraft, restoreDraft, discardDraft } = useClauseAutosave(agreement.id, agreement.clauses, session);
  const actions = useClauseActions(change, languages, flush);
  const numbers = useMemo(() => numberClauses(clauses), [clauses]);
  const outOfStep = countOutOfStep(clauses, languages);
  const [onlyOutOfStep, setOnlyOutOfStep] = useState(false);

  const [deletingId, setDeletingId] = useState<string | null>(null);
  const [libraryIndex, setLibraryIndex] = useState<number | null>(null);
  const deletingIndex = deletingId ? clauses.findIndex((clause) => clause.id === deletingId) : -1;
  const deletingNumber = deletingIndex >= 0 ? (numbers[deletingIndex] ?? '') : null;

  const shown = clauses.map((clause, index) => ({ clause, index })).filter(({ clause }) => !onlyOutOfStep || isOutOfStep(clause, languages));

  return (
    <Stack gap="sm">
      {pendingDraft ? <DraftOffer savedAt={pendingDraft.savedAt} onRestore={restoreDraft} onDiscard={discardDraft} /> : null}
      <Group justify="space-between" wrap="wrap">
        <Group gap="md">
          <Text size="sm" fw={outOfStep > 0 ? 700 : 400} role="status" aria-live="polite">
            {outOfStep > 0 ? t('outOfStep', { count: outOfStep }) : t('editor.allInStep')}
          </Text>
          <Switch label={t('editor.onlyOutOfStep')} checked={onlyOutOfStep} onChange={(event) => setOnlyOutOfStep(event.currentTarget.checked)} />
          <SaveStatusText status={status} savedAt={savedAt} />
        </Group>
        {readOnly ? null : (
          <Group gap="xs">
            <Button variant="default" size="xs" leftSection={<IconBooks size={14} aria-hidden />} onClick={() => setLibraryIndex(clauses.length)}>
              {t('editor.insertFromLibrary')}
            </Button>
            <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => actions.insertAt(clauses.length, 'section')}>
              {t('editor.addClause')}
            </Button>
          </Group>
        )}
      </Group>
      {clauses.length === 0 ? (
        <Text c="dimmed">{t('editor.empty')}</Text>
      ) : (
        <div>
          <div role="table" className="clause-table" aria-label={t('editor.tableLabel')} style={{ '--clause-languages': languages.length } as CSSProperties}>
            <div role="rowgroup" className="clause-table__head">
              <div role="row" className="clause-table__header-row">
                <div role="columnheader">{t('editor.number')}</div>
                {languages.map((lang) => (
                  <div role="columnheader" key={lang}>
                    {languageNameIn(lang, uiLanguage)}
                  </div>
                ))}
                <div role="columnheader">
                  <VisuallyHidden>{t('editor.actions')}</VisuallyHidden>
                </div>
              </div>
            </div>
            <div role="rowgroup">
              {shown.map(({ clause, index }) => (
                <ClauseRow
                  key={clause.id}
                  clause={clause}
                  index={index}
                  isLast={index === clauses.length - 1}
                  number={numbers[index] ?? ''}
                  languages={languages}
                  languageNames={languageNames}
                  context={context}
                  actions={actions}
                  readOnly={readOnly}
                  onDelete={setDeletingId}
                  onInsertFromLibrary={setLibraryIndex}
                />
              ))}
            </div>
          </div>
          {shown.length === 0 ? (
            <Text c="dimmed" ta="center" py="md">
              {t('editor.noneOutOfStep')}
            </Text>
          ) : null}
        </div>
      )}
      <DeleteClauseDialog
        clauseLabel={deletingNumber === null ? null : deletingNumber ? t('editor.clause', { number: deletingNumber.replace(/\.$/, '') }) : t('editor.preamble')}
        onCancel={() => setDeletingId(null)}
        onConfirm={() => {
          if (deletingId) actions.remove(deletingId);
          setDeletingId(null);
        }}
      />
      <LibraryClauseDialog
        opened={libraryIndex !== null}
        library={library}
        onClose={() => setLibraryIndex(null)}
        onInsert={(entry) => actions.insertClause(libraryIndex ?? clauses.length, clauseFromLibrary(entry, languages))}
      />
    </Stack>
  );
}
