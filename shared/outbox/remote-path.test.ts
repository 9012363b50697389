import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { encodeRemotePath, joinRemotePath, numberedFileName, parentFolders } from './remote-path';

describe('remote paths', () => {
  it('joins a folder and a file name with single slashes, whatever slashes the folder had', () => {
    expect(joinRemotePath('/Delegation Desk//ReBuild Ukraine 2023/', 'Звіт.docx')).toBe('Delegation Desk/ReBuild Ukraine 2023/Звіт.docx');
    expect(joinRemotePath('', 'Звіт.docx')).toBe('Звіт.docx');
  });

  it('percent-encodes each segment as UTF-8 and keeps the slashes between them', () => {
    expect(encodeRemotePath('Звіти/Лисогор — Hauts-de-France (2).md')).toBe(
      '%D0%97%D0%B2%D1%96%D1%82%D0%B8/%D0%9B%D0%B8%D1%81%D0%BE%D0%B3%D0%BE%D1%80%20%E2%80%94%20Hauts-de-France%20(2).md',
    );
    // '#', '?', '%' and ':' inside a name never start a fragment, a query, an escape or a scheme.
    expect(encodeRemotePath('a#b/c?d/100%/e:f')).toBe('a%23b/c%3Fd/100%25/e%3Af');
  });

  it('refuses names that would climb out of the folder or hide control characters', () => {
    for (const bad of ['..', '.', 'a\\b', 'tab\there', 'bell\u0007']) {
      expect(() => joinRemotePath('Звіти', bad)).toThrow(AppError);
      expect(() => joinRemotePath(`Звіти/${bad}`, 'a.md')).toThrow(AppError);
    }
    expect(() => joinRemotePath('Звіти', 'a/b.md')).toThrow(AppError);
    expect(() => joinRemotePath('Звіти', '')).toThrow(AppError);
  });

  it('lists the folders on the way, outermost first', () => {
    expect(parentFolders('Delegation Desk/2023/Warsaw/Звіт.docx')).toEqual(['Delegation Desk', 'Delegation Desk/2023', 'Delegation Desk/2023/Warsaw']);
    expect(parentFolders('Звіт.docx')).toEqual([]);
  });
});

describe('numberedFileName', () => {
  it('numbers the name before its extension, from (2)', () => {
    expect(numberedFileName('Звіт — ReBuild Ukraine.docx', 1)).toBe('Звіт — ReBuild Ukraine.docx');
    expect(numberedFileName('Звіт — ReBuild Ukraine.docx', 2)).toBe('Звіт — ReBuild Ukraine (2).docx');
    expect(numberedFileName('contacts.2023.csv', 3)).toBe('contacts.2023 (3).csv');
  });

  it('numbers names without an extension, or that start with their only dot, at the end', () => {
    expect(numberedFileName('README', 2)).toBe('README (2)');
    expect(numberedFileName('.calendar', 2)).toBe('.calendar (2)');
  });

  it('takes positive whole numbers only', () => {
    expect(() => numberedFileName('a.md', 0)).toThrow(RangeError);
    expect(() => numberedFileName('a.md', 1.5)).toThrow(RangeError);
  });
});
