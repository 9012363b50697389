// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SAMPLE } from './export-test-records';
import { buildMeetingReport } from './meeting-report';
import { reportToHtml } from './report-html';
import { rebuildReport, reportInput, warsawSummary } from './report-test-input';

/** The HTML as a browser parses it (jsdom). */
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim());

function expectNothingActive(doc: Document) {
  expect(doc.querySelectorAll('script, iframe, object, embed, img, link, base, form')).toHaveLength(0);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) expect(attr, `<${el.tagName.toLowerCase()} ${attr}>`).not.toMatch(/^on|^style$|^src$/);
  }
  for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(https?:|mailto:|tel:)/);
  expect(doc.querySelectorAll('style')).toHaveLength(1);
  expect(doc.querySelector('style')!.parentElement!.tagName).toBe('HEAD');
}

describe('reportToHtml: the Warsaw meeting summary', () => {
  it('is a complete standalone document in the chosen language', () => {
    const html = reportToHtml(warsawSummary('uk'));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="uk">')).toBe(true);
    const doc = parse(html);
    expect(doc.documentElement.lang).toBe('uk');
    expect(doc.title).toBe('Переговори з регіоном О-де-Франс: кібербезпека і зелена енергетика');
    expect(doc.querySelector('meta[charset]')!.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
    expect(doc.querySelector('style')!.textContent).toContain('@page { size: A4');
    expectNothingActive(doc);
  });

  it('has the title, the sections as headings, and the facts', () => {
    const doc = parse(reportToHtml(warsawSummary('en')));
    expect(texts(doc, 'h1')).toEqual(['Talks with Hauts-de-France: cybersecurity and green energy']);
    expect(texts(doc, '.caption')).toEqual(['Meeting summary']);
    expect(texts(doc, 'h2')).toEqual(['Participants', 'Agenda', 'Outcomes', 'Notes', 'Follow-ups']);
    const facts = Object.fromEntries([...doc.querySelectorAll('dl.facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(facts).toMatchObject({ Date: '15 November 2023', Time: '11:00–11:45 (Poland)', Place: 'Warsaw', Status: 'Held' });
  });

  it('lays the participants and follow-ups out as tables', () => {
    const doc = parse(reportToHtml(warsawSummary('ru')));
    const [participants, followUps] = [...doc.querySelectorAll('table')];
    expect(texts(participants, 'thead th')).toEqual(['Имя', 'Должность', 'Организация']);
    expect([...participants!.querySelectorAll('tbody tr')].map((tr) => texts(tr, 'th, td'))).toEqual([
      ['Наша сторона'],
      ['Артем Лысогор', 'Глава Луганской областной государственной администрации – начальник областной военной администрации', 'Луганская областная военная администрация'],
      ['Партнёры'],
      ['Жюльет Дельб', 'Руководитель департамента международных связей', 'Регион О-де-Франс'],
    ]);
    expect(texts(followUps, 'tbody td')).toEqual([
      'Подготовить для региона О-де-Франс перечень насущных потребностей и проектов восстановления территориальных громад Луганской области.',
      'Артем Лысогор → Жюльет Дельб',
      '15 декабря 2023 г.',
      'Открыто',
    ]);
  });

  it('embeds the notes with their formatting', () => {
    const doc = parse(reportToHtml(warsawSummary('en')));
    const notes = doc.querySelector('.notes')!;
    expect(notes.querySelector('p strong')!.textContent).toBe('кибербезопасности');
    expect(texts(notes, 'ul > li')).toEqual([
      'Диалог состоялся в рамках презентации инвестиционных возможностей Луганской области.',
      'О-де-Франс — второй по объёму иностранных инвестиций экономический регион Франции.',
    ]);
  });
});

describe('reportToHtml: a delegation report and hostile text', () => {
  it('gives each meeting a section under its own heading', () => {
    const doc = parse(reportToHtml(rebuildReport('uk')));
    expect(texts(doc, 'h1')).toEqual(['Звіт делегації']);
    expect(texts(doc, 'section.meeting > h2')).toEqual([
      'Переговори з регіоном О-де-Франс: кібербезпека і зелена енергетика',
      'Зустріч із радницею з питань експорту «Бізнес Франс Україна»',
    ]);
    expect(doc.querySelectorAll('section.meeting h3')).not.toHaveLength(0);
  });

  it('escapes every text and lets nothing from the notes run', () => {
    const meeting = {
      ...SAMPLE.meeting('rebuild-delbe'),
      title: { uk: '', ru: '', en: '</title><script>alert("title")</script>' },
      agenda: '<img src=x onerror="alert(1)"> & "quotes"',
      notes:
        '<p onclick="alert(2)">Safe <a href="javascript:alert(3)">bad link</a> <a href="https://hautsdefrance.fr">good link</a></p>' +
        '<script>alert(4)</script><img src="http://tracker.example/p.gif"><style>body{display:none}</style><iframe src="https://x"></iframe>',
    };
    const html = reportToHtml(buildMeetingReport(reportInput([meeting], 'en')));
    const doc = parse(html);
    expectNothingActive(doc);
    expect(doc.title).toBe('</title><script>alert("title")</script>');
    expect(texts(doc, '.text')[0]).toBe('<img src=x onerror="alert(1)"> & "quotes"');
    expect(doc.querySelector('.notes')!.textContent).toBe('Safe bad link good link');
    expect(doc.querySelector('.notes a')!.getAttribute('href')).toBe('https://hautsdefrance.fr');
    expect(html).not.toMatch(/alert\((2|3|4)\)/);
  });
});
