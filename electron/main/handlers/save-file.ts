import path from 'node:path';
import { AppError } from '#shared/errors/app-error';
import type { IpcHandler } from '../ipc';

/** The part of Electron's `dialog` this handler uses (bound to the app window in index.ts). */
export interface SaveDialog {
  showSaveDialog(options: { defaultPath: string }): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface SaveFileServices {
  dialog: SaveDialog;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  /** Where the dialog opens, e.g. the user's Downloads folder. */
  defaultDirectory(): string;
}

// Characters Windows, macOS or Linux refuse in a file name, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_NAME_LENGTH = 180;

/**
 * The suggested name made safe to offer in a save dialog on any OS: one plain file name that
 * cannot point into another folder, keeping the extension when it has to be shortened.
 */
export function safeFileName(suggested: string): string {
  let name = suggested.replace(UNSAFE_CHARACTERS, '_').trim();
  // Windows drops trailing dots and spaces; a name of dots alone would mean "this folder" or its parent.
  name = name.replace(/[. ]+$/, '');
  if (name === '' || /^\.+$/.test(name)) return 'file';
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  if (name.length > MAX_NAME_LENGTH) {
    const extension = path.extname(name).slice(0, 20);
    name = name.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
  }
  return name;
}

/**
 * Saves a file where the user says: the OS save dialog, then the bytes written there. Only a
 * path the user picked in the dialog is ever written; the page only suggests a name.
 */
export function createSaveFileHandler(services: SaveFileServices): IpcHandler<'file:save'> {
  return async ({ name, bytes }) => {
    const defaultPath = path.join(services.defaultDirectory(), safeFileName(name));
    const { canceled, filePath } = await services.dialog.showSaveDialog({ defaultPath });
    if (canceled || !filePath) return 'cancelled';
    try {
      await services.writeFile(filePath, bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      throw new AppError('fileSaveFailed', { reason: typeof code === 'string' ? code : 'unknown' }, { cause: error });
    }
    return 'saved';
  };
}
