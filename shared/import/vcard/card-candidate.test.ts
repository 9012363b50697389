import { describe, expect, it } from 'vitest';
import { cardToCandidate } from './card-candidate';

const card = (lines: string[], complete = true) => cardToCandidate({ row: 7, lines, complete });

const JPEG_1X1 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/wAALCAABAAEBAREA/8QAFQAAAgAAAAAAAAAAAAAAAAAAAAH/xAAVEAACAAAAAAAAAAAAAAAAAAAAAf/aAAgBAQAAPwAP/9k=';

describe('cardToCandidate', () => {
  it('maps a card to our contact fields', () => {
    const outcome = card([
      'VERSION:3.0',
      'N:Lysohor;Artem;;Mr.;',
      'FN:Artem Lysohor',
      'ORG:Luhansk Regional Military Administration;International Cooperation',
      'TITLE:Deputy Head',
      'TITLE;LANGUAGE=uk:Заступник голови',
      'EMAIL:artem.lysohor@example.gov.ua',
      'TEL;TYPE=CELL:+380 50 123 45 67',
      'ADR;TYPE=work:;;вул. Хрещатик\\, 1;Київ;;01001;Україна',
      'NOTE:Met in Lille\\nschools',
      'CATEGORIES:Delegation,Luhansk',
      'LANG:uk',
    ]);
    expect(outcome).toEqual({
      candidate: {
        row: 7,
        organizationName: 'Luhansk Regional Military Administration',
        photos: [],
        contact: expect.objectContaining({
          givenName: { uk: '', ru: '', en: 'Artem' },
          familyName: { uk: '', ru: '', en: 'Lysohor' },
          honorific: { uk: '', ru: '', en: 'Mr.' },
          nameOriginal: 'Artem Lysohor',
          position: { uk: 'Заступник голови', ru: '', en: 'Deputy Head' },
          city: { uk: 'Київ', ru: '', en: '' },
          country: 'UA',
          emails: ['artem.lysohor@example.gov.ua'],
          phones: ['+380 50 123 45 67'],
          notes: 'Met in Lille\nschools',
          tags: ['Delegation', 'Luhansk'],
          languages: ['uk'],
          organizationId: null,
          ourStaff: false,
        }),
      },
    });
  });

  it('keeps inline photos in the three encodings and ignores a photo by URL', () => {
    const outcome = card([
      'FN:Оксана Мельник',
      `PHOTO;ENCODING=BASE64;JPEG:${JPEG_1X1}`,
      `PHOTO;ENCODING=b;TYPE=JPEG:${JPEG_1X1}`,
      `PHOTO:data:image/jpeg;base64,${JPEG_1X1}`,
      'PHOTO;VALUE=uri:http://example.com/photo.jpg',
      'PHOTO;ENCODING=b;TYPE=PNG:not base64!',
    ]);
    if (!('candidate' in outcome)) throw new Error('expected a candidate');
    expect(outcome.candidate.photos.map((p) => [p.fileName, p.mimeType, p.bytes.length])).toEqual([
      ['Оксана Мельник.jpg', 'image/jpeg', 161],
      ['Оксана Мельник 2.jpg', 'image/jpeg', 161],
      ['Оксана Мельник 3.jpg', 'image/jpeg', 161],
    ]);
  });

  it('rejects an empty card, a nameless one, an organization alone, a broken line and a card cut short', () => {
    expect(card(['VERSION:2.1', 'N:;;;;', 'UID:1'])).toEqual({ rejected: { row: 7, reason: 'empty', excerpt: '' } });
    expect(card(['VERSION:3.0', 'EMAIL:someone@example.com'])).toMatchObject({ rejected: { reason: 'noName', excerpt: 'someone@example.com' } });
    expect(card(['N:;;;;', 'FN:IBM', 'ORG:IBM;Accounting'])).toMatchObject({ rejected: { reason: 'noName', excerpt: 'IBM' } });
    expect(card(['FN:Doug White', 'this line is broken'])).toMatchObject({ rejected: { reason: 'malformedCard', excerpt: 'Doug White' } });
    expect(card(['FN:Doug White', 'EMAIL:dwhite@gm'], false)).toMatchObject({ rejected: { reason: 'malformedCard', excerpt: 'Doug White' } });
  });
});
