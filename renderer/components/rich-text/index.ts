// PLACEHOLDER exports — the rich-text helper replaces these with real components.
export interface RichTextEditorProps {
  label: string;
  /** Sanitized HTML. */
  value: string;
  /** Called with sanitized HTML as the user types. */
  onChange: (html: string) => void;
  error?: string;
}
export const RichTextEditor = (_props: RichTextEditorProps) => null;
/** Shows stored (already sanitized) HTML, sanitized again on the way in. */
export const RichTextView = (_props: { html: string }) => null;
