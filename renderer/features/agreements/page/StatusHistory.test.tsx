// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatusChange } from '#shared/domain/agreement';
import { useUiStore } from '../../../app/ui-store';
import { formatDateTime } from '../../../app/format';
import { render, type Rendered } from '../../../test-support/render';
import { StatusHistory } from './StatusHistory';

const DAY = 86_400_000;
const START = Date.UTC(2026, 4, 4, 9, 30);
const HISTORY: StatusChange[] = [
  { status: 'draft', at: START },
  { status: 'internalReview', at: START + DAY },
  { status: 'sentToPartner', at: START + 3 * DAY },
];

let mounted: Rendered | null = null;

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

const rows = () => [...document.querySelectorAll('section tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));

describe('StatusHistory', () => {
  it('lists every status the agreement has had with the date of the change, the latest first', async () => {
    mounted = await render(<StatusHistory agreementId="a1" history={HISTORY} />);
    expect(document.querySelector('section h2')?.textContent).toBe('Status history');
    expect(rows()).toEqual([
      ['Sent to partner', formatDateTime(START + 3 * DAY, 'en')],
      ['Internal review', formatDateTime(START + DAY, 'en')],
      ['Draft', formatDateTime(START, 'en')],
    ]);
    expect(document.querySelector('time')?.getAttribute('dateTime')).toBe(new Date(START + 3 * DAY).toISOString());
  });

  it('names statuses and dates in the UI language', async () => {
    useUiStore.setState({ language: 'uk' });
    mounted = await render(<StatusHistory agreementId="a1" history={HISTORY.slice(0, 2)} />, 'uk');
    expect(document.querySelector('section h2')?.textContent).toBe('Історія статусів');
    expect(rows()[0]).toEqual(['Внутрішнє погодження', formatDateTime(START + DAY, 'uk')]);
  });

  it('says so when no change was recorded', async () => {
    mounted = await render(<StatusHistory agreementId="a1" history={[]} />);
    expect(document.querySelector('table')).toBeNull();
    expect(document.body.textContent).toContain('No status changes recorded.');
  });
});
