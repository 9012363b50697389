import { memo } from 'react';
import { Badge, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TranslationState } from '#shared/domain/agreement';
import type { PlaceholderContext } from '#shared/agreements/placeholders';
import type { ClauseActions } from './use-clause-actions';
import { ClausePreview } from './ClausePreview';

interface Props {
  clauseId: string;
  /** "Clause 3", "Preamble": what every label in the cell starts with. */
  clauseLabel: string;
  lang: string;
  languageName: string;
  heading: string;
  text: string;
  state: TranslationState;
  context: PlaceholderContext | null;
  actions: ClauseActions;
  readOnly: boolean;
}

/** One language of one clause: heading, text, its translation state and the resolved preview. */
export const ClauseCell = memo(function ClauseCell(props: Props) {
  const { clauseId, clauseLabel, lang, languageName, heading, text, state, context, actions, readOnly } = props;
  const { t } = useTranslation('agreements');
  const names = { clause: clauseLabel, language: languageName };
  const noteCaret = (target: HTMLTextAreaElement) => actions.noteCaret({ clauseId, lang, offset: target.selectionStart });

  return (
    <Stack gap={6}>
      <TextInput
        size="xs"
        variant="filled"
        lang={lang}
        aria-label={t('editor.headingLabel', names)}
        placeholder={t('editor.headingPlaceholder')}
        value={heading}
        readOnly={readOnly}
        onFocus={() => actions.beginEdit(clauseId, lang, 'heading')}
        onChange={(event) => actions.edit(clauseId, lang, 'heading', event.currentTarget.value)}
        onBlur={() => actions.endEdit(clauseId, lang, 'heading')}
      />
      <Textarea
        // Grows with its text through CSS (field-sizing), measuring nothing in script: a script
        // autosize forces a layout of the whole long table on every keystroke.
        classNames={{ input: 'clause-cell__text' }}
        lang={lang}
        aria-label={t('editor.textLabel', names)}
        value={text}
        readOnly={readOnly}
        onFocus={() => actions.beginEdit(clauseId, lang, 'text')}
        onChange={(event) => actions.edit(clauseId, lang, 'text', event.currentTarget.value)}
        onSelect={(event) => noteCaret(event.currentTarget)}
        onKeyUp={(event) => noteCaret(event.currentTarget)}
        onBlur={(event) => {
          noteCaret(event.currentTarget);
          actions.endEdit(clauseId, lang, 'text');
        }}
      />
      {state === 'needsUpdate' ? (
        <Group gap="xs" wrap="nowrap">
          <Badge color="orange" variant="dot" tt="none">
            {t('editor.needsUpdate')}
          </Badge>
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconCheck size={14} aria-hidden />}
            aria-label={t('editor.confirmLabel', names)}
            disabled={readOnly}
            onClick={() => actions.confirm(clauseId, lang)}
          >
            {t('editor.confirm')}
          </Button>
        </Group>
      ) : null}
      {context ? <ClausePreview text={text} lang={lang} languageName={languageName} context={context} /> : null}
    </Stack>
  );
});
