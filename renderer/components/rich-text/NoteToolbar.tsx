import { memo } from 'react';
import { RichTextEditor } from '@mantine/tiptap';
import { useTranslation } from 'react-i18next';
import { LINK_CONTROL_ATTRIBUTE } from './extensions';

// Every note link opens outside the app, so the "open in a new tab" switch has nothing to switch.
const linkControlStyles = { linkEditorExternalControl: { display: 'none' } };

/**
 * The formatting controls notes offer. Memoized: the editor re-renders with every keystroke
 * the form stores, while the controls update only through their own editor subscriptions.
 */
export const NoteToolbar = memo(function NoteToolbar({ field }: { field: string }) {
  const { t } = useTranslation();
  return (
    <RichTextEditor.Toolbar role="toolbar" aria-label={t('richText.toolbar', { field })}>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.H2 />
        <RichTextEditor.H3 />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Bold />
        <RichTextEditor.Italic />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.BulletList />
        <RichTextEditor.OrderedList />
        <RichTextEditor.Blockquote />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Link initialExternal styles={linkControlStyles} {...{ [LINK_CONTROL_ATTRIBUTE]: '' }} />
        <RichTextEditor.Unlink />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Undo />
        <RichTextEditor.Redo />
      </RichTextEditor.ControlsGroup>
    </RichTextEditor.Toolbar>
  );
});
