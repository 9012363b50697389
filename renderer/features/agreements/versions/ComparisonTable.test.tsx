// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareContents } from '#shared/agreements/agreement-diff';
import { useUiStore } from '../../../app/ui-store';
import { render, type Rendered } from '../../../test-support/render';
import { ComparisonTable } from './ComparisonTable';
import { COSTS_ID, ENERGY_ID, NEWER, OLDER, PREAMBLE_ID, YOUTH_ID } from './version-fixtures';

let mounted: Rendered | null = null;

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

/** What a sighted reader sees: the text without the words only screen readers get. */
function seen(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.mantine-VisuallyHidden-root').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

const row = (clauseId: string) => document.querySelector(`tr[data-clause="${clauseId}"]`);
const cell = (clauseId: string, lang: string) => row(clauseId)?.querySelector(`td[data-lang="${lang}"]`) ?? null;
const marked = (element: Element | null, tag: 'ins' | 'del') => [...(element?.querySelectorAll(tag) ?? [])].map((node) => seen(node).trim());

describe('ComparisonTable', () => {
  it('marks added and removed words in each language, with words for screen readers', async () => {
    mounted = await render(<ComparisonTable comparison={compareContents(OLDER, NEWER)} onlyChanged />);
    const english = cell(ENERGY_ID, 'en')!;
    expect(english.getAttribute('lang')).toBe('en');
    expect(marked(english, 'ins')).toEqual(['and green energy']);
    expect(marked(english, 'del')).toEqual([]);
    expect(seen(english)).toBe('The Parties cooperate in energy efficiency and green energy.');
    expect(english.querySelector('ins')!.textContent).toBe('added: and green energy end of change');

    const ukrainian = cell(ENERGY_ID, 'uk')!;
    expect(marked(ukrainian, 'del')).toEqual(['сфері']);
    expect(marked(ukrainian, 'ins')).toContain('сферах');
    expect(marked(ukrainian, 'ins').join(' ')).toContain('та зеленої енергетики');
    expect(ukrainian.querySelector('del')!.textContent).toBe('removed: сфері end of change');
  });

  it('shows only changed clauses by default: added, removed, changed, with their badges and numbers', async () => {
    mounted = await render(<ComparisonTable comparison={compareContents(OLDER, NEWER)} onlyChanged />);
    const rows = [...document.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-clause') ?? tr.getAttribute('data-row'));
    expect(rows).toEqual(['title', YOUTH_ID, ENERGY_ID, COSTS_ID]);
    expect(row(YOUTH_ID)!.textContent).toContain('Added');
    expect(marked(cell(YOUTH_ID, 'en'), 'ins')).toEqual(['The Parties support youth exchanges.']);
    expect(row(COSTS_ID)!.textContent).toContain('Removed');
    expect(marked(cell(COSTS_ID, 'uk'), 'del')).toEqual(['Фінансування', 'Кожна Сторона несе власні витрати.']);
    // The energy sub-clause moved from 1.1. to 1.2.: both numbers show.
    const energyNumber = row(ENERGY_ID)!.querySelector('th')!;
    expect(seen(energyNumber)).toBe('1.1. → 1.2.');
    expect(energyNumber.textContent).toContain('Renumbered from 1.1. to 1.2.');
    expect(seen(row(COSTS_ID)!.querySelector('th')!)).toBe('2.');
    // The title changed in Ukrainian only.
    const title = document.querySelector('tr[data-row="title"]')!;
    expect(marked(title.querySelector('td[lang="uk"]'), 'ins').join(' ')).toContain('та побратимство');
    expect(marked(title.querySelector('td[lang="en"]'), 'ins')).toEqual([]);
  });

  it('shows every clause, unchanged ones without marks, when asked to', async () => {
    mounted = await render(<ComparisonTable comparison={compareContents(OLDER, NEWER)} onlyChanged={false} />);
    expect(document.querySelectorAll('tbody tr')).toHaveLength(6);
    expect(seen(row(PREAMBLE_ID)!.querySelector('th')!)).toBe('Preamble');
    expect(row(PREAMBLE_ID)!.textContent).toContain('Unchanged');
    expect(row(PREAMBLE_ID)!.querySelectorAll('ins, del')).toHaveLength(0);
    expect([...document.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['No.', 'Change', 'Ukrainian', 'English']);
  });

  it('leaves out the title row when only clauses changed', async () => {
    mounted = await render(<ComparisonTable comparison={compareContents(OLDER, { ...NEWER, title: OLDER.title })} onlyChanged />);
    expect(document.querySelector('tr[data-row="title"]')).toBeNull();
  });
});
