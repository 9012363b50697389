// @vitest-environment jsdom
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { UiLanguage } from '#shared/domain/lang';
import { render, type Rendered } from '../../test-support/render';
import { OutboxBadge, OutboxHeaderBadge } from './OutboxBadge';

let mounted: Rendered | null = null;

const badges = () => [...mounted!.container.querySelectorAll('.mantine-Badge-root')];

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

async function labelsFor(language: UiLanguage, counts: number[]): Promise<(string | null)[]> {
  mounted = await render(
    <MemoryRouter>
      {counts.map((count) => (
        <OutboxBadge key={count} count={count} />
      ))}
    </MemoryRouter>,
    language,
  );
  return badges().map((badge) => badge.getAttribute('aria-label'));
}

describe('the outbox badge', () => {
  it('says how many files wait, declined in Ukrainian', async () => {
    expect(await labelsFor('uk', [1, 3, 5, 21, 22, 11])).toEqual([
      '1 файл чекає',
      '3 файли чекають',
      '5 файлів чекають',
      '21 файл чекає',
      '22 файли чекають',
      '11 файлів чекають',
    ]);
  });

  it('says how many files wait, declined in Russian', async () => {
    expect(await labelsFor('ru', [1, 3, 5])).toEqual(['1 файл ждёт', '3 файла ждут', '5 файлов ждут']);
  });

  it('says how many files wait in English, and shows the number', async () => {
    expect(await labelsFor('en', [1, 3])).toEqual(['1 file waiting', '3 files waiting']);
    expect(badges().map((badge) => badge.textContent)).toEqual(['1', '3']);
  });

  it('is not there when nothing waits, or while the count loads', async () => {
    mounted = await render(
      <MemoryRouter>
        <OutboxBadge count={0} />
        <OutboxBadge count={undefined} />
        <OutboxHeaderBadge count={0} />
      </MemoryRouter>,
    );
    expect(badges()).toEqual([]);
  });

  it('links the header badge to the outbox', async () => {
    mounted = await render(
      <MemoryRouter>
        <OutboxHeaderBadge count={3} />
      </MemoryRouter>,
      'uk',
    );
    const link = mounted.container.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/outbox');
    expect(link?.getAttribute('aria-label')).toBe('3 файли чекають');
  });
});
