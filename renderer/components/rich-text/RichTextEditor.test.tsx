// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/react';
import { render, type Rendered } from '../../test-support/render';
import { RichTextEditor } from './RichTextEditor';
import { RichTextView } from './RichTextView';

let mounted: Rendered | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

async function mountEditor(value: string, error?: string) {
  const onChange = vi.fn<(html: string) => void>();
  mounted = await render(<RichTextEditor label="Notes" value={value} onChange={onChange} error={error} />);
  const editable = mounted.container.querySelector<HTMLElement>('[contenteditable="true"]');
  if (!editable) throw new Error('no editable area');
  // TipTap hangs its editor on the editable element.
  const editor = (editable as HTMLElement & { editor: Editor }).editor;
  const rerender = (next: string, nextError?: string) =>
    mounted!.rerender(<RichTextEditor label="Notes" value={next} onChange={onChange} error={nextError} />);
  return { onChange, editable, editor, rerender, container: mounted.container };
}

/** Pastes as a user does: a paste event carrying HTML on the clipboard. */
async function paste(editable: HTMLElement, html: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { types: ['text/html', 'text/plain'], getData: (type: string) => (type === 'text/html' ? html : ''), files: [] },
  });
  await act(async () => {
    editable.dispatchEvent(event);
  });
}

describe('RichTextEditor', () => {
  it('links its label and error to the editable area', async () => {
    const { editable, rerender } = await mountEditor('');
    const labelId = editable.getAttribute('aria-labelledby');
    expect(document.getElementById(labelId ?? '')?.textContent).toBe('Notes');
    expect(editable.getAttribute('role')).toBe('textbox');
    expect(editable.hasAttribute('aria-invalid')).toBe(false);

    await rerender('', 'End the note with an outcome');
    expect(editable.getAttribute('aria-invalid')).toBe('true');
    const errorId = editable.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe('End the note with an outcome');
  });

  it('names its controls in the interface language', async () => {
    const { container } = await mountEditor('');
    const names = [...container.querySelectorAll('[role="toolbar"] button')].map((button) => button.getAttribute('aria-label'));
    expect(names).toEqual(['Heading', 'Subheading', 'Bold', 'Italic', 'Bulleted list', 'Numbered list', 'Quote', 'Add or edit link', 'Remove link', 'Undo', 'Redo']);
    expect(container.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe('Formatting for Notes');
  });

  it('reports sanitized HTML as the user types and formats', async () => {
    const { editor, onChange, container } = await mountEditor('<p>Kharkiv:</p>');
    await act(async () => {
      editor.commands.setTextSelection(editor.state.doc.content.size - 1);
      editor.commands.insertContent(' bicycles');
    });
    expect(onChange).toHaveBeenLastCalledWith('<p>Kharkiv: bicycles</p>');

    await act(async () => {
      editor.commands.selectAll();
    });
    await act(async () => {
      container.querySelector<HTMLButtonElement>('button[aria-label="Bold"]')!.click();
    });
    expect(onChange).toHaveBeenLastCalledWith('<p><strong>Kharkiv: bicycles</strong></p>');

    await act(async () => {
      editor.chain().selectAll().setLink({ href: 'rebuild-ukraine.com' }).run();
    });
    expect(onChange).toHaveBeenLastCalledWith(
      '<p><a target="_blank" rel="noopener noreferrer nofollow" href="https://rebuild-ukraine.com"><strong>Kharkiv: bicycles</strong></a></p>',
    );
  });

  it('reports an emptied editor as no notes', async () => {
    const { editor, onChange } = await mountEditor('<p>draft</p>');
    await act(async () => {
      editor.commands.clearContent(true);
    });
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('does not store the empty paragraph kept after a closing list', async () => {
    const { editor, onChange } = await mountEditor('<p>Topics</p>');
    await act(async () => {
      editor.chain().selectAll().toggleBulletList().run();
    });
    expect(editor.getHTML()).toBe('<ul><li><p>Topics</p></li></ul><p></p>');
    expect(onChange).toHaveBeenLastCalledWith('<ul><li><p>Topics</p></li></ul>');
  });

  it('cleans pasted HTML: scripts, handlers, styles and images never reach onChange', async () => {
    const { editable, onChange } = await mountEditor('');
    const win = window as Window & { pwned?: boolean };
    await paste(
      editable,
      '<style>p{color:red}</style><div onclick="window.pwned=true">Cybersecurity<script>window.pwned=true</script></div>' +
        '<img src="x" onerror="window.pwned=true"><div style="font-weight:bold">Green energy</div>' +
        '<a href="javascript:window.pwned=true">click</a><iframe src="https://evil.example"></iframe>',
    );

    expect(onChange).toHaveBeenCalled();
    const html = onChange.mock.lastCall![0];
    expect(html).toBe('<p>Cybersecurity</p><p>Green energy</p><p>click</p>');
    expect(html).not.toMatch(/script|onerror|onclick|style|img|iframe|javascript/i);
    expect(win.pwned).toBeUndefined();
  });

  it('follows a value changed from outside, without reporting it back', async () => {
    const { editor, onChange, rerender } = await mountEditor('<p>before the crash</p>');
    await rerender('<h2>Restored draft</h2><ul><li><p>cybersecurity</p></li></ul>');
    // After a list the editor keeps an empty paragraph to type into (StarterKit's trailing node).
    expect(editor.getHTML()).toBe('<h2>Restored draft</h2><ul><li><p>cybersecurity</p></li></ul><p></p>');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps the cursor where it is when its own change comes back as the value', async () => {
    const { editor, onChange, rerender } = await mountEditor('<p>Warsaw</p>');
    await act(async () => {
      editor.commands.setTextSelection(3);
      editor.commands.insertContent('r');
    });
    const typed = onChange.mock.lastCall![0];
    expect(typed).toBe('<p>Warrsaw</p>');
    const cursor = editor.state.selection.from;
    const doc = editor.state.doc;

    await rerender(typed);
    expect(editor.state.selection.from).toBe(cursor);
    expect(editor.state.doc).toBe(doc);
  });
});

describe('RichTextView', () => {
  it('shows stored notes sanitized again, links opening outside', async () => {
    mounted = await render(<RichTextView html={'<h2>Outcome</h2><p onmouseover="x()">See <a href="https://kharkiv.example">minutes</a><img src=x></p>'} />);
    const shown = mounted.container.querySelector('h2')!.parentElement!;
    expect(shown.innerHTML).toBe(
      '<h2>Outcome</h2><p>See <a href="https://kharkiv.example" target="_blank" rel="noopener noreferrer nofollow">minutes</a></p>',
    );
  });

  it('shows nothing for empty notes', async () => {
    mounted = await render(<RichTextView html="<p></p>" />);
    expect(mounted.container.querySelector('.mantine-Typography-root')).toBeNull();
  });
});
