import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Reads generated documents the way a partner's machine would: LibreOffice headless opens a
 * DOCX and writes it out as text or HTML, and poppler's pdftotext and pdffonts read a PDF. Shared by the
 * unit tests of the writers and the end-to-end specs.
 */

export type OfficeTool = 'soffice' | 'pdftotext' | 'pdffonts';

/** What CI installs each tool from (.ci/run). */
const DEBIAN_PACKAGES: Record<OfficeTool, string> = { soffice: 'libreoffice-writer-nogui', pdftotext: 'poppler-utils', pdffonts: 'poppler-utils' };

/** Generous: LibreOffice's first start on a fresh profile takes several seconds on a busy machine. */
export const CONVERT_TIMEOUT_MS = 60_000;

/** The tool's full path when it is on PATH, else null. */
export function findTool(tool: OfficeTool): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, tool);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return null;
}

/**
 * Whether tests that need `tool` should run. Without the tool they are skipped, saying why,
 * except under CI (`CI` set), where a missing tool is a broken machine and the tests run and fail.
 */
export function toolGate(tool: OfficeTool): { run: boolean; found: boolean; reason: string } {
  const found = findTool(tool) !== null;
  if (found) return { run: true, found, reason: '' };
  const reason = `${tool} is not installed (Debian package ${DEBIAN_PACKAGES[tool]}; .ci/run installs it)`;
  if (process.env.CI) return { run: true, found, reason };
  console.warn(`Skipping tests that need ${tool}: ${reason}.`);
  return { run: false, found, reason };
}

/**
 * Runs a command and collects its output. It gets its own process group, so on timeout the whole
 * group goes (soffice is a launcher that starts soffice.bin as a child, which would outlive it).
 */
function run(command: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, CONVERT_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(stdout));
      else reject(new Error(`${command} ${args.join(' ')} ended with ${signal ?? `code ${code}`}: ${Buffer.concat(stderr).toString('utf8')}`));
    });
  });
}

async function inTempDir<T>(job: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'delegation-desk-office-'));
  try {
    return await job(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface OfficeFile {
  /** File name with the extension LibreOffice picks the import filter by, e.g. 'memorandum.docx'. */
  name: string;
  bytes: Uint8Array;
}

/**
 * Converts files with LibreOffice headless in one run, e.g. to 'txt:Text (encoded):UTF8' or
 * 'html'. Each call has its own throwaway profile (-env:UserInstallation), so parallel runs,
 * and a LibreOffice the user has open, never clash. Returns the outputs in input order.
 */
export async function sofficeConvert(files: readonly OfficeFile[], target: string): Promise<Buffer[]> {
  const soffice = findTool('soffice');
  if (!soffice) throw new Error(toolGate('soffice').reason);
  const extension = target.split(':')[0]!;
  return inTempDir(async (dir) => {
    const inputs = path.join(dir, 'in');
    const outputs = path.join(dir, 'out');
    const paths = files.map((file, index) => path.join(inputs, `${index}-${path.basename(file.name)}`));
    await Promise.all([mkdir(inputs), mkdir(outputs)]);
    await Promise.all(files.map((file, index) => writeFile(paths[index]!, file.bytes)));
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const log = await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', outputs, ...paths]);
    return Promise.all(
      paths.map((input) =>
        readFile(path.join(outputs, `${path.basename(input, path.extname(input))}.${extension}`)).catch((error: unknown) => {
          // soffice exits 0 even when it could not read a file; it only leaves the output out.
          throw new Error(`LibreOffice did not convert ${path.basename(input)} to ${target}: ${log.toString('utf8')}`, { cause: error });
        }),
      ),
    );
  });
}

/** The text of a DOCX as LibreOffice reads it (table cells one per line). */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const [text] = await sofficeConvert([{ name: 'document.docx', bytes }], 'txt:Text (encoded):UTF8');
  return text!.toString('utf8');
}

/**
 * The text of a PDF as pdftotext reads it. With `layout` (the default) the page layout is kept,
 * so parallel columns stay side by side on each line; without it, each column's text block is
 * read in turn, so a sentence that wraps inside a column comes out whole (save for line breaks).
 */
export async function pdfToText(bytes: Uint8Array, { layout = true }: { layout?: boolean } = {}): Promise<string> {
  const pdftotext = findTool('pdftotext');
  if (!pdftotext) throw new Error(toolGate('pdftotext').reason);
  return inTempDir(async (dir) => {
    const input = path.join(dir, 'document.pdf');
    await writeFile(input, bytes);
    const text = await run(pdftotext, [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', input, '-']);
    return text.toString('utf8');
  });
}

/** One row of `pdffonts`: a font the PDF uses, and whether its glyphs travel inside the file. */
export interface PdfFont {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/**
 * Reads pdffonts' table by the columns its dashed rule marks out (names and types may hold
 * spaces, "CID TrueType"). Throws when the output is not that table, rather than finding no fonts.
 */
export function parsePdfFonts(output: string): PdfFont[] {
  const lines = output.split('\n');
  const ruleAt = lines.findIndex((line) => /^-+( -+)+\s*$/.test(line));
  const header = lines[ruleAt - 1] ?? '';
  if (ruleAt < 1 || !/^name\s+type\s+encoding\s+emb\s+sub\s+uni/.test(header)) throw new Error(`not pdffonts output: ${output.slice(0, 200)}`);
  const columns = [...lines[ruleAt]!.matchAll(/-+/g)].map((match) => [match.index, match.index + match[0].length] as const);
  const cell = (line: string, column: number) => line.slice(columns[column]![0], columns[column]![1]).trim();
  return lines
    .slice(ruleAt + 1)
    .filter((line) => line.trim() !== '')
    .map((line) => ({
      name: cell(line, 0),
      type: cell(line, 1),
      encoding: cell(line, 2),
      embedded: cell(line, 3) === 'yes',
      subset: cell(line, 4) === 'yes',
      unicode: cell(line, 5) === 'yes',
    }));
}

/** The fonts of a PDF as poppler's pdffonts lists them, one entry per font on any page. */
export async function pdfFontsOf(bytes: Uint8Array): Promise<PdfFont[]> {
  const pdffonts = findTool('pdffonts');
  if (!pdffonts) throw new Error(toolGate('pdffonts').reason);
  return inTempDir(async (dir) => {
    const input = path.join(dir, 'document.pdf');
    await writeFile(input, bytes);
    return parsePdfFonts((await run(pdffonts, [input])).toString('utf8'));
  });
}
