export { RichTextEditor, type RichTextEditorProps } from './RichTextEditor';
export { RichTextView } from './RichTextView';
