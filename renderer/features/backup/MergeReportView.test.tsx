// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { MergeReport } from '#shared/backup/backup-format';
import { useUiStore } from '../../app/ui-store';
import { formatDateTime } from '../../app/format';
import { render, type Rendered } from '../../test-support/render';
import { MergeReportView } from './MergeReportView';
import { MERGE_REPORT } from './backup-test-harness';

let mounted: Rendered | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

async function show(report: MergeReport, language: 'uk' | 'ru' | 'en') {
  useUiStore.setState({ language });
  mounted = await render(<MergeReportView report={report} />, language);
  return mounted.container;
}

const lines = (root: HTMLElement) => [...root.querySelectorAll('p')].map((p) => p.textContent);

describe('the merge report', () => {
  it('says in Ukrainian what was added, updated and left, each table declined', async () => {
    const root = await show(MERGE_REPORT, 'uk');
    expect(lines(root)).toEqual(
      expect.arrayContaining([
        'Додано: 1 контакт і 2 зустрічі.',
        'Оновлено: 1 контакт.',
        'Без змін: 2 контакти, 2 організації, 1 подія і 3 зустрічі.',
        '1 запис змінено з обох боків; збережено новішу зміну:',
      ]),
    );
  });

  it('lists each conflict: the record, its kind, the side kept and both dates in the UI language', async () => {
    const root = await show(MERGE_REPORT, 'ru');
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    const conflict = MERGE_REPORT.conflicts[0]!;
    expect(rows).toEqual([
      ['Лисогор АртемКонтакт', 'версию из файла', formatDateTime(conflict.localUpdatedAt, 'ru'), formatDateTime(conflict.incomingUpdatedAt, 'ru')],
    ]);
    expect(root.querySelector('table')?.getAttribute('aria-label')).toBe('1 запись изменена с обеих сторон; сохранено более новое изменение:');
  });

  it('says "nothing" for an empty side and that no record conflicted', async () => {
    const root = await show({ added: {}, updated: {}, unchanged: { events: 2 }, conflicts: [] }, 'en');
    expect(lines(root)).toEqual(['Added: nothing.', 'Updated: nothing.', 'Unchanged: 2 events.', 'No record was changed on both sides.']);
    expect(root.querySelector('table')).toBeNull();
  });
});
