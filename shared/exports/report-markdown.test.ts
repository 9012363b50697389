import { describe, expect, it } from 'vitest';
import { SAMPLE } from './export-test-records';
import { buildMeetingReport } from './meeting-report';
import { reportToMarkdown } from './report-markdown';
import { rebuildReport, reportInput, warsawSummary } from './report-test-input';

const lines = (markdown: string) => markdown.split('\n');

describe('reportToMarkdown: the Warsaw meeting summary', () => {
  const en = reportToMarkdown(warsawSummary('en'));

  it('opens with the caption, the title and the event with its day', () => {
    expect(lines(en).slice(0, 5)).toEqual([
      '*Meeting summary*',
      '',
      '# Talks with Hauts-de-France: cybersecurity and green energy',
      '',
      'ReBuild Ukraine exhibition and conference · 15 November 2023',
    ]);
  });

  it('lists the facts as label lines with hard breaks', () => {
    expect(en).toContain('**Date:** 15 November 2023  \n**Time:** 11:00–11:45 (Poland)  \n**Place:** Warsaw  \n**Event:** ReBuild Ukraine exhibition and conference  \n**Status:** Held');
    expect(en).toContain('**Topics:** Cybersecurity, Green energy, Investment, Reconstruction');
  });

  it('puts the participants in a table, grouped by side', () => {
    const start = lines(en).indexOf('## Participants');
    expect(lines(en).slice(start, start + 7)).toEqual([
      '## Participants',
      '',
      '| Name | Position | Organization |',
      '| --- | --- | --- |',
      '| **Our side** |  |  |',
      '| Artem Lysohor | Head of the Luhansk Regional State Administration – Head of the Regional Military Administration | Luhansk Regional Military Administration |',
      '| **Their side** |  |  |',
    ]);
    expect(en).toContain('| Juliette Delbe | Head of International Relations | Hauts-de-France Region |');
  });

  it('gives agenda, outcomes, notes as written and the follow-ups table', () => {
    expect(en).toContain('## Agenda\n\nСовместные проекты в сфере кибербезопасности и «зелёной» энергетики; инвестиционные возможности Луганской области.');
    expect(en).toContain('## Outcomes\n\nРегионы Франции начинают сотрудничать');
    expect(en).toContain('## Notes\n\nПредварительные переговоры о совместных проектах в сфере **кибербезопасности** и «зелёной» энергетики');
    expect(en).toContain('\n\n- Диалог состоялся в рамках презентации инвестиционных возможностей Луганской области.\n- О-де-Франс — второй');
    expect(en).toContain(
      '## Follow-ups\n\n| What | Owner | Due | Status |\n| --- | --- | --- | --- |\n' +
        '| Подготовить для региона О-де-Франс перечень насущных потребностей и проектов восстановления территориальных громад Луганской области. | Artem Lysohor → Juliette Delbe | 15 December 2023 | Open |',
    );
    expect(en.endsWith('|\n')).toBe(true);
  });

  it('is written in the chosen language: Ukrainian and Russian', () => {
    const uk = reportToMarkdown(warsawSummary('uk'));
    expect(uk).toContain('# Переговори з регіоном О-де-Франс: кібербезпека і зелена енергетика');
    expect(uk).toContain('**Дата:** 15 листопада 2023 р.  \n**Час:** 11:00–11:45 (Польща)');
    expect(uk).toContain('| **Наша сторона** |  |  |\n| Артем Лисогор |');
    expect(uk).toContain('| Жюльєт Дельб | Керівниця департаменту міжнародних зв’язків | Регіон О-де-Франс |');
    const ru = reportToMarkdown(warsawSummary('ru'));
    expect(ru).toContain('**Дата:** 15 ноября 2023 г.');
    expect(ru).toContain('| Жюльет Дельб | Руководитель департамента международных связей | Регион О-де-Франс |');
    expect(ru).toContain('## Дальнейшие шаги');
  });
});

describe('reportToMarkdown: a delegation report and escaping', () => {
  it('puts each meeting under its own heading, its sections one level down', () => {
    const md = reportToMarkdown(rebuildReport('en'));
    expect(md.startsWith('# Delegation report\n\nReBuild Ukraine exhibition and conference · 15 November 2023\n\n## Talks with')).toBe(true);
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md).toContain('## Meeting with the export adviser of Business France Ukraine');
    expect(md.match(/^### Participants$/gm)).toHaveLength(2);
  });

  it('escapes Markdown in titles, cells and text, and keeps table cells on one line', () => {
    const meeting = {
      ...SAMPLE.meeting('rebuild-delbe'),
      title: { uk: '', ru: '', en: '# *Not* a [link](x) | <b>' },
      agenda: '1. not a list\n- nor this\n\nsecond paragraph',
      notes: '<p>safe <script>alert(1)</script>text</p>',
    };
    const followUps = SAMPLE.followUps.map((f) => (f.meetingId === meeting.id ? { ...f, what: 'line one\nline | two' } : f));
    const md = reportToMarkdown(buildMeetingReport(reportInput([meeting], 'en', { followUps })));
    expect(md).toContain('# \\# \\*Not\\* a \\[link\\](x) \\| \\<b\\>');
    expect(md).toContain('## Agenda\n\n1\\. not a list\\\n\\- nor this\n\nsecond paragraph');
    expect(md).toContain('## Notes\n\nsafe text');
    expect(md).toContain('| line one line \\| two |');
    expect(md).not.toContain('alert');
  });
});
