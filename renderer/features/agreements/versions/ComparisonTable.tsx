import type { CSSProperties } from 'react';
import { Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClauseComparison, ContentComparison, DiffPart } from '#shared/agreements/agreement-diff';
import { languageNameIn } from '#shared/agreements/document-labels';
import { useUiStore } from '../../../app/ui-store';
import { DiffText } from './DiffText';
import { CHANGE_COLOR, clauseNumbers, titleChanged, visibleClauses } from './comparison-rows';

// Rows read from the top: a long clause in one language should not push its number to the middle.
const TOP: CSSProperties = { verticalAlign: 'top' };

interface Props {
  comparison: ContentComparison;
  /** Leave out the clauses that did not change. */
  onlyChanged: boolean;
}

/** Two versions side by side in one table: a row per clause, a column per language, changes marked word by word. */
export function ComparisonTable({ comparison, onlyChanged }: Props) {
  const { t } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const clauses = visibleClauses(comparison, onlyChanged);
  const showTitle = !onlyChanged || titleChanged(comparison);
  const { languages } = comparison;

  return (
    <Table.ScrollContainer minWidth={240 + 280 * languages.length}>
      <Table layout="fixed" withColumnBorders verticalSpacing="sm" aria-label={t('versions.comparison.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110} scope="col">
              {t('versions.comparison.number')}
            </Table.Th>
            <Table.Th w={130} scope="col">
              {t('versions.comparison.change')}
            </Table.Th>
            {languages.map((lang) => (
              <Table.Th key={lang} scope="col">
                {languageNameIn(lang, language)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={TOP}>
          {showTitle ? (
            <Table.Tr data-row="title">
              <Table.Th scope="row">{t('versions.comparison.titleRow')}</Table.Th>
              <Table.Td>
                <ChangeBadge change={titleChanged(comparison) ? 'changed' : 'unchanged'} />
              </Table.Td>
              {languages.map((lang) => (
                <Table.Td key={lang} lang={lang}>
                  <Text fw={600} size="sm">
                    <Parts parts={comparison.title[lang]} />
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ) : null}
          {clauses.map((clause) => (
            <ClauseRow key={clause.clauseId} clause={clause} languages={languages} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ClauseRow({ clause, languages }: { clause: ClauseComparison; languages: readonly string[] }) {
  const { t } = useTranslation('agreements');
  const { number, renumberedFrom } = clauseNumbers(clause);
  const shown = (value: string) => value || t('versions.comparison.preamble');
  return (
    <Table.Tr data-clause={clause.clauseId} data-change={clause.change}>
      <Table.Th scope="row" fw={600}>
        {renumberedFrom !== null ? (
          <>
            <span aria-hidden>
              <del>{shown(renumberedFrom)}</del>
              {' → '}
              {shown(number)}
            </span>
            <VisuallyHidden>{t('versions.comparison.renumbered', { from: shown(renumberedFrom), to: shown(number) })}</VisuallyHidden>
          </>
        ) : (
          shown(number)
        )}
      </Table.Th>
      <Table.Td>
        <ChangeBadge change={clause.change} />
      </Table.Td>
      {languages.map((lang) => {
        const heading = clause.heading[lang] ?? [];
        const text = clause.text[lang] ?? [];
        const changed = clause.changedLanguages.includes(lang);
        return (
          <Table.Td key={lang} lang={lang} data-lang={lang} data-changed={changed || undefined}>
            {heading.length > 0 ? (
              <Text fw={600} size="sm" mb={4}>
                <DiffText parts={heading} />
              </Text>
            ) : null}
            <Text size="sm" className="pre-wrap">
              <Parts parts={text} />
            </Text>
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}

/** The text, or a dash where a side has none in this language. */
function Parts({ parts }: { parts: readonly DiffPart[] | undefined }) {
  const { t } = useTranslation('agreements');
  if (!parts || parts.length === 0)
    return (
      <Text span c="dimmed" size="sm">
        <span aria-hidden>{'—'}</span>
        <VisuallyHidden>{t('versions.comparison.notInLanguage')}</VisuallyHidden>
      </Text>
    );
  return <DiffText parts={parts} />;
}

function ChangeBadge({ change }: { change: ClauseComparison['change'] }) {
  const { t } = useTranslation('agreements');
  return (
    <Badge size="sm" variant={change === 'unchanged' ? 'outline' : 'light'} color={CHANGE_COLOR[change]} tt="none">
      {t(`versions.comparison.changes.${change}`)}
    </Badge>
  );
}
