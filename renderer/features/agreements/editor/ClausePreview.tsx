import { memo } from 'react';
import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { findPlaceholders, resolveText, type PlaceholderContext } from '#shared/agreements/placeholders';

interface Props {
  text: string;
  lang: string;
  languageName: string;
  context: PlaceholderContext;
}

/**
 * The clause text as it will read, with its placeholders resolved from the records in this
 * language: values highlighted, missing ones highlighted in red (and named for screen readers).
 * Nothing is shown for a text without placeholders.
 */
export const ClausePreview = memo(function ClausePreview({ text, lang, languageName, context }: Props) {
  const { t } = useTranslation('agreements');
  if (findPlaceholders(text).length === 0) return null;
  const segments = resolveText(text, lang, context);
  return (
    <Text component="div" size="sm" lang={lang} className="clause-preview" aria-label={t('editor.preview', { language: languageName })} role="group">
      {segments.map((segment, index) => {
        switch (segment.kind) {
          case 'text':
            return <span key={index}>{segment.text}</span>;
          case 'value':
            return (
              <mark key={index} className="clause-preview__value" title={`{{${segment.placeholder}}}`}>
                {segment.text}
              </mark>
            );
          case 'missing':
            return (
              <mark key={index} className="clause-preview__missing" title={t('editor.missingIn', { language: languageName })}>
                {`{{${segment.placeholder}}}`}
                <VisuallyHidden>{` (${t('editor.missingIn', { language: languageName })})`}</VisuallyHidden>
              </mark>
            );
          case 'unknown':
            return (
              <mark key={index} className="clause-preview__unknown" title={t('editor.unknownPlaceholder')}>
                {`{{${segment.placeholder}}}`}
                <VisuallyHidden>{` (${t('editor.unknownPlaceholder')})`}</VisuallyHidden>
              </mark>
            );
        }
        return null;
      })}
    </Text>
  );
});
