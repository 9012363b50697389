import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { Input } from '@mantine/core';
import { RichTextEditor as MantineRichTextEditor } from '@mantine/tiptap';
import { useEditor, type Editor } from '@tiptap/react';
import { sanitizeHtml } from '../../security/sanitize-html';
import { cleanPastedHtml } from './clean-pasted-html';
import { EDITOR_ROOT_ATTRIBUTE, noteExtensions } from './extensions';
import { NoteToolbar } from './NoteToolbar';
import { useEditorLabels } from './use-editor-labels';

export interface RichTextEditorProps {
  label: string;
  /** Sanitized HTML. */
  value: string;
  /** Called with sanitized HTML as the user types. */
  onChange: (html: string) => void;
  error?: string;
}

// One set for every editor: useEditor compares extensions by identity on each render.
const EXTENSIONS = noteExtensions();

const contentStyles = { content: { minHeight: '10rem' } };
const invalidStyles = { ...contentStyles, root: { borderColor: 'var(--mantine-color-error)' } };

/**
 * What the editor's HTML is stored as: sanitized, without the empty paragraphs the editor keeps
 * at the end (after a list or a quote, to type below it), which mean nothing to a reader.
 */
function storedHtml(editorHtml: string): string {
  return sanitizeHtml(editorHtml).replace(/(<p><\/p>)+$/, '');
}

/**
 * The notes editor: headings, emphasis, lists, quotes and links, nothing else. It reports
 * sanitized HTML on every change, cleans what is pasted before reading it, and follows `value`
 * when it changes from outside (a restored draft) without disturbing the user's typing.
 */
export function RichTextEditor({ label, value, onChange, error }: RichTextEditorProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  const labels = useEditorLabels();
  const invalid = Boolean(error);

  // What the editor last reported: `value` coming back equal to it is our own echo, not news.
  const reportedRef = useRef(value);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const [initialContent] = useState(value);
  const editorProps = useMemo(
    () => ({
      attributes: {
        'aria-labelledby': labelId,
        'aria-multiline': 'true',
        ...(invalid ? { 'aria-invalid': 'true', 'aria-describedby': errorId } : {}),
      },
      transformPastedHTML: cleanPastedHtml,
    }),
    [labelId, errorId, invalid],
  );

  const editor = useEditor({
    extensions: EXTENSIONS,
    content: initialContent,
    // The toolbar follows the editor through its own subscriptions; this component need not.
    shouldRerenderOnTransaction: false,
    editorProps,
    onUpdate: ({ editor: changed }) => {
      const html = storedHtml(changed.getHTML());
      reportedRef.current = html;
      onChangeRef.current(html);
    },
  });

  useFollowOutsideValue(editor, value, reportedRef);

  return (
    <Input.Wrapper
      label={label}
      error={error}
      labelElement="div"
      labelProps={{ id: labelId, onClick: () => editor?.commands.focus() }}
      errorProps={{ id: errorId }}
    >
      <MantineRichTextEditor
        editor={editor}
        labels={labels}
        styles={invalid ? invalidStyles : contentStyles}
        {...{ [EDITOR_ROOT_ATTRIBUTE]: '' }}
      >
        <NoteToolbar field={label} />
        <MantineRichTextEditor.Content />
      </MantineRichTextEditor>
    </Input.Wrapper>
  );
}

/**
 * Replaces the content when `value` changes to something the editor did not report itself,
 * e.g. a crash draft being restored. The user's own keystrokes come back as `value` equal to
 * what was reported, so they never reset the document or move the cursor.
 */
function useFollowOutsideValue(editor: Editor | null, value: string, reportedRef: RefObject<string>): void {
  useEffect(() => {
    if (!editor || editor.isDestroyed || value === reportedRef.current) return;
    reportedRef.current = value;
    editor.commands.setContent(sanitizeHtml(value), { emitUpdate: false });
  }, [editor, value, reportedRef]);
}
