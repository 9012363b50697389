import { isUiLanguage, type UiLanguage } from '#shared/domain/lang';

/**
 * Which meetings a summary or report covers, and how that travels in the print view's link
 * (`/exports/report/print?source=event&id=…&lang=en&then=save`), so the print page, opened
 * outside the app's frame, reads the same meetings the dialog would have.
 */
export type ReportSource = { kind: 'meeting'; id: string } | { kind: 'event'; id: string } | { kind: 'range'; from: string; to: string };

/** What the print view does once the report is laid out (the dialog's choice of destination). */
export type PrintThen = { kind: 'none' } | { kind: 'print' } | { kind: 'save' } | { kind: 'outbox'; targetId: string };

export interface PrintRequest {
  source: ReportSource;
  lang: UiLanguage;
  then: PrintThen;
}

export const REPORT_PRINT_PATH = '/exports/report/print';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A range given backwards is read the right way round, as the meetings filter does. */
export function orderedRange(from: string, to: string): { from: string; to: string } {
  return from > to ? { from: to, to: from } : { from, to };
}

export function printPath({ source, lang, then }: PrintRequest): string {
  const params = new URLSearchParams({ source: source.kind });
  if (source.kind === 'range') {
    params.set('from', source.from);
    params.set('to', source.to);
  } else params.set('id', source.id);
  params.set('lang', lang);
  if (then.kind !== 'none') params.set('then', then.kind);
  if (then.kind === 'outbox') params.set('target', then.targetId);
  return `${REPORT_PRINT_PATH}?${params.toString()}`;
}

function parseThen(params: URLSearchParams): PrintThen {
  const then = params.get('then');
  const target = params.get('target');
  if (then === 'print' || then === 'save') return { kind: then };
  if (then === 'outbox' && target) return { kind: 'outbox', targetId: target };
  return { kind: 'none' };
}

/** The request in a print link, or null when the link is incomplete. */
export function parsePrintRequest(params: URLSearchParams): PrintRequest | null {
  const lang = params.get('lang');
  if (!isUiLanguage(lang)) return null;
  const kind = params.get('source');
  const id = params.get('id') ?? '';
  let source: ReportSource;
  if (kind === 'meeting' || kind === 'event') {
    if (!id) return null;
    source = { kind, id };
  } else if (kind === 'range') {
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    if (!ISO_DATE.test(from) || !ISO_DATE.test(to)) return null;
    source = { kind, ...orderedRange(from, to) };
  } else return null;
  return { source, lang, then: parseThen(params) };
}

/** Where "Back" goes from the print view: the page the report was asked for on. */
export function sourcePath(source: ReportSource): string {
  if (source.kind === 'meeting') return `/meetings/${source.id}`;
  if (source.kind === 'event') return `/events/${source.id}`;
  return '/meetings';
}
