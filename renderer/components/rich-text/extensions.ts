import type { Extensions } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import TipTapLink from '@tiptap/extension-link';
import { withScheme } from './link-href';

/** Marks the editor's root and its link button, so Mod-K opens the link box of this editor only. */
export const EDITOR_ROOT_ATTRIBUTE = 'data-rich-text-root';
export const LINK_CONTROL_ATTRIBUTE = 'data-rich-text-link-control';

/**
 * Links as notes store them: opening outside the app, never followed on click while editing.
 * Mantine's own Link extension announces Mod-K with a window-wide event, which would open the
 * link box of every editor on a meeting form at once; this one opens its own editor's box.
 */
const NoteLink = TipTapLink.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      href: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('href'),
        renderHTML: ({ href }: { href?: string | null }) => ({ href: withScheme(href) }),
      },
    };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        const root = this.editor.view.dom.closest(`[${EDITOR_ROOT_ATTRIBUTE}]`);
        root?.querySelector<HTMLElement>(`[${LINK_CONTROL_ATTRIBUTE}]`)?.click();
        return true;
      },
    };
  },
}).configure({
  openOnClick: false,
  defaultProtocol: 'https',
  HTMLAttributes: { target: '_blank', rel: 'noopener noreferrer nofollow' },
});

/**
 * What notes can hold, and no more: the schema drops anything else (images, tables, styles)
 * from pasted or restored HTML. It matches what sanitizeHtml keeps, so editing a stored note
 * loses nothing; the toolbar offers the common subset (H2, H3: the page title is the h1).
 */
export function noteExtensions(): Extensions {
  return [StarterKit.configure({ heading: { levels: [1, 2, 3, 4] }, link: false }), NoteLink];
}
