import { memo } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Clause } from '#shared/domain/agreement';
import type { PlaceholderContext } from '#shared/agreements/placeholders';
import type { ClauseActions } from './use-clause-actions';
import { ClauseCell } from './ClauseCell';
import { ClauseMenu } from './ClauseMenu';
import { ClauseCommentsButton } from './ClauseCommentsButton';

interface Props {
  clause: Clause;
  index: number;
  isLast: boolean;
  /** "1.", "1.2." or '' for a preamble. */
  number: string;
  languages: readonly string[];
  languageNames: Readonly<Record<string, string>>;
  context: PlaceholderContext | null;
  actions: ClauseActions;
  readOnly: boolean;
  onDelete: (clauseId: string) => void;
  onInsertFromLibrary: (index: number) => void;
}

/** "Clause 3", "Clause 1.2", "Preamble": how labels name a row. */
export function useClauseLabel(number: string): string {
  const { t } = useTranslation('agreements');
  return number ? t('editor.clause', { number: number.replace(/\.$/, '') }) : t('editor.preamble');
}

/**
 * One clause: its number, one cell per language, and its actions. Memoized with stable
 * callbacks, so a keystroke redraws only the row it lands in.
 */
export const ClauseRow = memo(function ClauseRow(props: Props) {
  const { clause, index, isLast, number, languages, languageNames, context, actions, readOnly, onDelete, onInsertFromLibrary } = props;
  const { t } = useTranslation('agreements');
  const clauseLabel = useClauseLabel(number);

  return (
    <div role="row" className={`clause-row clause-row--${clause.kind}`} data-clause-id={clause.id}>
      <div role="rowheader" className="clause-row__number">
        <Stack gap={2}>
          <Text fw={700} size="sm">
            {number || '—'}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`clauseKind.${clause.kind}`)}
          </Text>
        </Stack>
      </div>
      {languages.map((lang) => (
        <div role="cell" key={lang} className="clause-row__cell">
          <ClauseCell
            clauseId={clause.id}
            clauseLabel={clauseLabel}
            lang={lang}
            languageName={languageNames[lang] ?? lang}
            heading={clause.heading[lang] ?? ''}
            text={clause.text[lang] ?? ''}
            state={clause.status[lang] ?? 'current'}
            context={context}
            actions={actions}
            readOnly={readOnly}
          />
        </div>
      ))}
      <div role="cell" className="clause-row__actions">
        <Group gap={4} wrap="nowrap">
          <ClauseCommentsButton clauseId={clause.id} clauseLabel={clauseLabel} comments={clause.comments} onChange={actions.setComments} />
          {readOnly ? null : (
            <ClauseMenu
              clauseId={clause.id}
              clauseLabel={clauseLabel}
              kind={clause.kind}
              index={index}
              isLast={isLast}
              actions={actions}
              onDelete={onDelete}
              onInsertFromLibrary={onInsertFromLibrary}
            />
          )}
        </Group>
      </div>
    </div>
  );
});
