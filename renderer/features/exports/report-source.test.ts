import { describe, expect, it } from 'vitest';
import { parsePrintRequest, printPath, sourcePath, type PrintRequest } from './report-source';

const parse = (path: string) => parsePrintRequest(new URLSearchParams(path.split('?')[1] ?? ''));

describe('print links', () => {
  it.each<PrintRequest>([
    { source: { kind: 'meeting', id: '01HMEETING' }, lang: 'en', then: { kind: 'none' } },
    { source: { kind: 'event', id: 'ev/1 & 2' }, lang: 'uk', then: { kind: 'save' } },
    { source: { kind: 'range', from: '2023-11-01', to: '2023-11-30' }, lang: 'ru', then: { kind: 'outbox', targetId: 'nextcloud' } },
    { source: { kind: 'range', from: '2023-11-01', to: '2023-11-30' }, lang: 'en', then: { kind: 'print' } },
  ])('carries the request through the link: %j', (request) => {
    const path = printPath(request);
    expect(path.startsWith('/exports/report/print?')).toBe(true);
    expect(parse(path)).toEqual(request);
  });

  it('reads a range given backwards the right way round', () => {
    expect(parse('/x?source=range&from=2023-12-01&to=2023-11-01&lang=en')?.source).toEqual({ kind: 'range', from: '2023-11-01', to: '2023-12-01' });
  });

  it.each([
    ['no language', 'source=meeting&id=1'],
    ['an unknown language', 'source=meeting&id=1&lang=de'],
    ['no id', 'source=event&lang=en'],
    ['an unknown source', 'source=contact&id=1&lang=en'],
    ['a date that is not one', 'source=range&from=2023-11&to=2023-11-30&lang=en'],
  ])('refuses a link with %s', (_, query) => {
    expect(parsePrintRequest(new URLSearchParams(query))).toBeNull();
  });

  it('drops an outbox step without a target rather than guessing one', () => {
    expect(parse('/x?source=meeting&id=1&lang=en&then=outbox')?.then).toEqual({ kind: 'none' });
  });

  it('goes back to the page the report was asked for on', () => {
    expect(sourcePath({ kind: 'meeting', id: 'm1' })).toBe('/meetings/m1');
    expect(sourcePath({ kind: 'event', id: 'e1' })).toBe('/events/e1');
    expect(sourcePath({ kind: 'range', from: '2023-01-01', to: '2023-01-02' })).toBe('/meetings');
  });
});
