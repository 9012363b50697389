import { createOutboxItem, type OutboxItem } from './outbox-item';

/**
 * Outbox items for tests, made from the sample workspace's meetings: Markdown summaries with
 * Ukrainian, Russian and English names, as the exports of issue 6 will be.
 */
const MEETINGS = [
  { title: 'Переговори з регіоном О-де-Франс', who: 'Артем Лисогор — Juliette Delbe', where: 'ReBuild Ukraine, Warsaw' },
  { title: 'Встреча с советником Business France Ukraine', who: 'Артем Лисогор — Business France Ukraine', where: 'ReBuild Ukraine, Warsaw' },
  { title: 'Talks with Hauts-de-France: cybersecurity and green energy', who: 'Luhansk regional military administration', where: 'Warsaw' },
  { title: 'Меморандум Калуш — Запоріжжя', who: 'Ігор Терехов', where: 'Kalush' },
] as const;

/** The n-th sample export (n from 0): a distinct file name and distinct bytes. */
export function sampleExport(n: number): { fileName: string; text: string } {
  const meeting = MEETINGS[n % MEETINGS.length]!;
  const number = String(n + 1).padStart(3, '0');
  const text = `# ${meeting.title}\n\n${meeting.who}\n${meeting.where}\n\nЕкспорт № ${number}. ${'Нотатки зустрічі. '.repeat(1 + (n % 7))}\n`;
  return { fileName: `${number} ${meeting.title}.md`, text };
}

export async function sampleItem(n: number, overrides: { targetId?: string; folder?: string; now?: number } = {}): Promise<OutboxItem> {
  const { fileName, text } = sampleExport(n);
  return createOutboxItem({
    id: `item-${String(n).padStart(5, '0')}`,
    now: overrides.now ?? 1_700_000_000_000 + n,
    targetId: overrides.targetId ?? 'nextcloud',
    folder: overrides.folder ?? 'Delegation Desk/ReBuild Ukraine 2023',
    fileName,
    bytes: new TextEncoder().encode(text),
    mimeType: 'text/markdown',
  });
}
