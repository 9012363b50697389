import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { parseCsvTable } from './csv-table';
import { MAX_IMPORT_ROWS } from './import-source';

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.toData() : String(error);
  }
  return 'no error';
};

describe('parseCsvTable', () => {
  it('guesses comma, semicolon and tab', () => {
    expect(parseCsvTable('Name,Email\nJuliette Delbe,j@example.fr\n')).toEqual({
      headers: ['Name', 'Email'],
      rows: [['Juliette Delbe', 'j@example.fr']],
      delimiter: ',',
    });
    // Excel in a Ukrainian locale: semicolons, with commas inside the values.
    const semicolon = parseCsvTable('Прізвище;Посада\r\nЛисогор;Голова, начальник ОВА\r\nТерехов;Міський голова\r\n');
    expect(semicolon.delimiter).toBe(';');
    expect(semicolon.rows).toEqual([['Лисогор', 'Голова, начальник ОВА'], ['Терехов', 'Міський голова']]);
    expect(parseCsvTable('Name\tCity\nDelbe\tLille, France\n').delimiter).toBe('\t');
  });

  it('takes the separator it is given', () => {
    expect(parseCsvTable('a;b,c\n1;2,3', ',').rows).toEqual([['1;2', '3']]);
    expect(parseCsvTable('a;b,c\n1;2,3', ';').rows).toEqual([['1', '2,3']]);
  });

  it('reads quoted fields with separators, quotes and newlines', () => {
    const table = parseCsvTable('Name,Notes\r\n"Delbe, Juliette","Met in Warsaw.\r\nSaid ""yes"" to green energy."\r\n');
    expect(table.rows).toEqual([['Delbe, Juliette', 'Met in Warsaw.\r\nSaid "yes" to green energy.']]);
  });

  it('drops blank lines around the table and a title above it, keeps blank lines inside, pads short rows', () => {
    const table = parseCsvTable('Participants of ReBuild Ukraine\n\nName;Email;Phone\nDelbe;j@example.fr\n\nLysohor;a@example.ua;+380\n\n\n;;\n');
    expect(table.headers).toEqual(['Name', 'Email', 'Phone']);
    expect(table.rows).toEqual([['Delbe', 'j@example.fr', ''], ['', '', ''], ['Lysohor', 'a@example.ua', '+380']]);
  });

  it('ignores a byte-order mark left in the text', () => {
    expect(parseCsvTable('\uFEFF"First Name","Last Name"\n"Juliette","Delbe"').headers).toEqual(['First Name', 'Last Name']);
  });

  it('keeps what it can of a file cut off inside a quoted field', () => {
    expect(parseCsvTable('Name,Notes\nDelbe,ok\nLysohor,"unfinished').rows).toEqual([['Delbe', 'ok'], ['Lysohor', 'unfinished']]);
  });

  it('refuses a header with no rows, and too many rows', () => {
    expect(errorOf(() => parseCsvTable('Name,Email\n'))).toEqual({ code: 'importNothing' });
    expect(errorOf(() => parseCsvTable('Name,Email\n,\n,,\n'))).toEqual({ code: 'importNothing' });
    const tooMany = 'Name\n' + 'x\n'.repeat(MAX_IMPORT_ROWS + 1);
    expect(errorOf(() => parseCsvTable(tooMany))).toEqual({ code: 'importTooManyRows', details: { rows: MAX_IMPORT_ROWS + 1, limit: MAX_IMPORT_ROWS } });
    expect(parseCsvTable('Name\n' + 'x\n'.repeat(MAX_IMPORT_ROWS)).rows).toHaveLength(MAX_IMPORT_ROWS);
  });
});
