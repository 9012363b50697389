// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { agreementFromTemplate } from '#shared/agreements/templates';
import { testWorkspaces } from './test-workspaces';

const openWorkspace = testWorkspaces();

describe('agreement repository: notes', () => {
  it('sanitizes the notes wherever they come from, on create and on patch', async () => {
    const { agreements } = openWorkspace();
    const input = agreementFromTemplate('letterOfIntent', { languages: ['uk', 'en'], parties: [], library: [], at: Date.now() });
    const created = await agreements.create({ ...input, notes: '<p>Узгодити з юристом<script>alert(1)</script></p>' });
    expect(created.notes).toBe('<p>Узгодити з юристом</p>');
    const patched = await agreements.patch(created.id, { notes: '<p onclick="steal()">Підписано</p>' });
    expect(patched.notes).toBe('<p>Підписано</p>');
  });
});
