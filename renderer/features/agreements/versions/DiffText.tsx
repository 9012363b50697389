import type { CSSProperties } from 'react';
import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiffPart } from '#shared/agreements/agreement-diff';

// Colour and line both mark a change, so it reads without colour too (WCAG 1.4.1).
const INSERTED: CSSProperties = {
  backgroundColor: 'var(--mantine-color-green-light)',
  color: 'var(--mantine-color-green-light-color)',
  textDecorationThickness: 1,
};
const DELETED: CSSProperties = {
  backgroundColor: 'var(--mantine-color-red-light)',
  color: 'var(--mantine-color-red-light-color)',
};

/**
 * Text with its word-level changes: added words in <ins>, removed ones in <del>, each announced
 * to screen readers ("added: … end of change"), since the tags' styling alone is silent.
 */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useTranslation('agreements');
  return (
    <>
      {parts.map((part, index) => {
        if (part.added)
          return (
            <ins key={index} style={INSERTED}>
              <VisuallyHidden>{`${t('versions.comparison.srAdded')} `}</VisuallyHidden>
              {part.value}
              <VisuallyHidden>{` ${t('versions.comparison.srEnd')}`}</VisuallyHidden>
            </ins>
          );
        if (part.removed)
          return (
            <del key={index} style={DELETED}>
              <VisuallyHidden>{`${t('versions.comparison.srRemoved')} `}</VisuallyHidden>
              {part.value}
              <VisuallyHidden>{` ${t('versions.comparison.srEnd')}`}</VisuallyHidden>
            </del>
          );
        return <span key={index}>{part.value}</span>;
      })}
    </>
  );
}
