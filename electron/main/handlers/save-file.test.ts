import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '#shared/errors/app-error';
import { createSaveFileHandler, safeFileName, type SaveFileServices } from './save-file';

const DOWNLOADS = path.join(path.sep, 'home', 'olena', 'Downloads');
const card = { name: 'Juliette Delbe — візитка.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) };

function services(answer: { canceled: boolean; filePath?: string }, writeFile: SaveFileServices['writeFile'] = vi.fn(async () => undefined)) {
  const showSaveDialog = vi.fn(async (_options: { defaultPath: string }) => answer);
  return { dialog: { showSaveDialog }, writeFile, defaultDirectory: () => DOWNLOADS } satisfies SaveFileServices;
}

describe('file:save handler', () => {
  it('offers the suggested name in the default folder and writes the bytes where the user chose', async () => {
    const chosen = path.join(path.sep, 'home', 'olena', 'Cards', 'delbe.jpg');
    const fake = services({ canceled: false, filePath: chosen });
    await expect(createSaveFileHandler(fake)(card)).resolves.toBe('saved');
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith({ defaultPath: path.join(DOWNLOADS, 'Juliette Delbe — візитка.jpg') });
    expect(fake.writeFile).toHaveBeenCalledWith(chosen, card.bytes);
  });

  it('writes nothing when the user cancels', async () => {
    for (const answer of [{ canceled: true }, { canceled: false, filePath: '' }]) {
      const fake = services(answer);
      await expect(createSaveFileHandler(fake)(card)).resolves.toBe('cancelled');
      expect(fake.writeFile).not.toHaveBeenCalled();
    }
  });

  it('never lets the suggested name choose the folder', async () => {
    const fake = services({ canceled: true });
    await createSaveFileHandler(fake)({ ...card, name: '../../.bashrc' });
    const offered = fake.dialog.showSaveDialog.mock.calls[0]![0].defaultPath;
    expect(path.dirname(offered)).toBe(DOWNLOADS);
  });

  it('reports a refused write as fileSaveFailed with the OS reason', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const fake = services({ canceled: false, filePath: '/read-only/delbe.jpg' }, vi.fn(async () => Promise.reject(denied)));
    const failure = createSaveFileHandler(fake)(card);
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ code: 'fileSaveFailed', details: { reason: 'EACCES' } });
  });
});

describe('safeFileName', () => {
  it('keeps an ordinary name, in any script', () => {
    expect(safeFileName('Меморандум Калуш–Запоріжжя.pdf')).toBe('Меморандум Калуш–Запоріжжя.pdf');
  });

  it.each([
    ['../../etc/passwd', '.._.._etc_passwd'],
    ['C:\\Windows\\win.ini', 'C__Windows_win.ini'],
    ['notes 20/05?.docx', 'notes 20_05_.docx'],
    ['tab\there', 'tab_here'],
    ['report. ', 'report'],
    ['..', 'file'],
    ['   ', 'file'],
    ['CON.txt', '_CON.txt'],
  ])('makes %j a plain file name: %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('shortens a very long name but keeps its extension', () => {
    const name = safeFileName(`${'Звіт про зустріч '.repeat(30)}.docx`);
    expect(name.length).toBeLessThanOrEqual(180);
    expect(name.endsWith('.docx')).toBe(true);
  });
});
