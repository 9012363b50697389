import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, readFileSync } from 'node:fs';
import { chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Real WebDAV servers on 127.0.0.1 for the outbox's integration tests (and, later, its
 * benchmark): `rclone serve webdav` and Apache httpd with mod_dav, each a foreground child
 * process serving a temporary folder on a free port, with Basic auth. Stop and start them
 * again on the same port and folder to play a server that goes away and comes back.
 */

export type ServerKind = 'rclone' | 'apache';

/** What CI installs each server from (.ci/run). */
const DEBIAN_PACKAGES: Record<ServerKind, string> = { rclone: 'rclone', apache: 'apache2' };
const BINARIES: Record<ServerKind, string> = { rclone: 'rclone', apache: 'apache2' };
/** apache2 lives in /usr/sbin, which a non-root PATH often lacks. */
const EXTRA_DIRS = ['/usr/sbin', '/sbin', '/usr/local/sbin'];
const APACHE_MODULES = '/usr/lib/apache2/modules';
const READY_TIMEOUT_MS = 20_000;

export const USERNAME = 'u';
export const PASSWORD = 'p';

export function findBinary(kind: ServerKind): string | null {
  for (const dir of [...(process.env.PATH ?? '').split(path.delimiter), ...EXTRA_DIRS]) {
    if (dir === '') continue;
    const candidate = path.join(dir, BINARIES[kind]);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return null;
}

/**
 * Whether tests that need this server should run. Without it they are skipped, saying why,
 * except under CI (`CI` set), where a missing server is a broken machine: they run and fail.
 */
export function serverGate(kind: ServerKind): { run: boolean; reason: string } {
  if (findBinary(kind)) return { run: true, reason: '' };
  const reason = `${BINARIES[kind]} is not installed (Debian package ${DEBIAN_PACKAGES[kind]}; .ci/run installs it)`;
  if (process.env.CI) return { run: true, reason };
  console.warn(`Skipping the ${kind} WebDAV integration tests: ${reason}.`);
  return { run: false, reason };
}

/** A port nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface WebDavServer {
  kind: ServerKind;
  /** The WebDAV root, with a trailing slash: http://127.0.0.1:<port>/ */
  url: string;
  port: number;
  /** The folder on disk the server serves. */
  root: string;
  username: string;
  password: string;
  /** The root is a size-limited tmpfs (quotaBytes was asked for and mounting worked). */
  quota: boolean;
  /** Stops the process (SIGKILL by default: the abrupt end of a crash or a pulled cable). */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and folder, and waits until it answers. */
  start(): Promise<void>;
  /** Stops it and removes its temporary files. */
  dispose(): Promise<void>;
  /** What the server wrote on stderr / its error log, for failure messages. */
  log(): string;
}

export interface StartOptions {
  /** Serve a tmpfs of this size (only as root where mounting is allowed); see `quota` on the result. */
  quotaBytes?: number;
  /** Extra command-line flags for rclone. */
  rcloneArgs?: string[];
  /**
   * Apache only: answer cross-origin requests from this origin (the web build, which fetches the
   * server from its own page), as a Nextcloud behind a CORS-enabled proxy does. Preflight
   * OPTIONS requests pass without credentials, since browsers never send any with them.
   */
  corsOrigin?: string;
}

export async function startWebDavServer(kind: ServerKind, options: StartOptions = {}): Promise<WebDavServer> {
  const binary = findBinary(kind);
  if (!binary) throw new Error(serverGate(kind).reason);
  const home = await mkdtemp(path.join(tmpdir(), `delegation-desk-${kind}-`));
  const root = path.join(home, 'dav');
  await mkdir(root);
  const runAs = kind === 'apache' && process.getuid?.() === 0 ? unprivilegedUser() : null;
  const quota = options.quotaBytes !== undefined && mountTmpfs(root, options.quotaBytes, runAs);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const command = kind === 'rclone' ? await rcloneCommand(binary, home, root, port, options) : await apacheCommand(binary, home, root, port, runAs, options.corsOrigin);

  let child: ChildProcess | null = null;
  let output = '';
  const server: WebDavServer = {
    kind,
    url,
    port,
    root,
    username: USERNAME,
    password: PASSWORD,
    quota,
    async stop(signal = 'SIGKILL') {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill(signal);
      await exited;
    },
    async start() {
      if (child) return;
      const started = spawn(command.binary, command.args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...command.env } });
      started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child = started;
      await waitUntilAnswering(url, started, () => server.log());
    },
    async dispose() {
      await server.stop('SIGTERM');
      if (quota) spawnSync('umount', ['-l', root]);
      await rm(home, { recursive: true, force: true });
    },
    log: () => output + (command.logFile ? readLog(command.logFile) : ''),
  };
  try {
    await server.start();
  } catch (error) {
    await server.dispose();
    throw error;
  }
  return server;
}

interface Command {
  binary: string;
  args: string[];
  env?: Record<string, string>;
  logFile?: string;
}

async function rcloneCommand(binary: string, home: string, root: string, port: number, options: StartOptions): Promise<Command> {
  const config = path.join(home, 'rclone.conf');
  await writeFile(config, '');
  return {
    binary,
    args: ['serve', 'webdav', root, '--addr', `127.0.0.1:${port}`, '--user', USERNAME, '--pass', PASSWORD, '--config', config, ...(options.rcloneArgs ?? [])],
  };
}

/**
 * A minimal httpd.conf: the modules mod_dav needs, Basic auth from an htpasswd file written
 * here ({SHA} form, so apache2-utils is not needed), every runtime file in the temp folder.
 * `-X` keeps httpd in the foreground as one process, our child. As root, httpd drops to an
 * unprivileged user after binding, as it always does, so that user must own the folders.
 */
async function apacheCommand(
  binary: string,
  home: string,
  root: string,
  port: number,
  runAs: { user: string; group: string; uid: number; gid: number } | null,
  corsOrigin: string | undefined,
): Promise<Command> {
  const run = path.join(home, 'run');
  const lock = path.join(home, 'lock');
  await Promise.all([mkdir(run), mkdir(lock)]);
  const htpasswd = path.join(home, 'htpasswd');
  await writeFile(htpasswd, `${USERNAME}:{SHA}${createHash('sha1').update(PASSWORD).digest('base64')}\n`);
  const logFile = path.join(home, 'error.log');
  const modules = ['mpm_event', 'authn_core', 'authz_core', 'auth_basic', 'authn_file', 'authz_user', 'dav', 'dav_fs', ...(corsOrigin ? ['headers'] : [])];
  const config = [
    `ServerRoot "${home}"`,
    `DefaultRuntimeDir "${run}"`,
    `PidFile "${path.join(run, 'httpd.pid')}"`,
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    ...modules.map((name) => `LoadModule ${name}_module ${APACHE_MODULES}/mod_${name}.so`),
    ...(runAs ? [`User ${runAs.user}`, `Group ${runAs.group}`] : []),
    `ErrorLog "${logFile}"`,
    'LogLevel warn',
    `DavLockDB "${path.join(lock, 'DavLock')}"`,
    `DocumentRoot "${root}"`,
    `<Directory "${root}">`,
    '  Dav On',
    '  AuthType Basic',
    '  AuthName "Delegation Desk tests"',
    `  AuthUserFile "${htpasswd}"`,
    ...(corsOrigin ? ['  <LimitExcept OPTIONS>', '    Require valid-user', '  </LimitExcept>'] : ['  Require valid-user']),
    '</Directory>',
    ...(corsOrigin ? corsHeaders(corsOrigin) : []),
    '',
  ].join('\n');
  const configFile = path.join(home, 'httpd.conf');
  await writeFile(configFile, config);
  if (runAs) for (const dir of [home, root, run, lock]) await chown(dir, runAs.uid, runAs.gid);
  return { binary, args: ['-X', '-f', configFile], logFile };
}

/**
 * What a browser needs to talk WebDAV to another origin: `always`, so 401 and 412 answers carry
 * the headers too (a browser hides an answer without them, and the app could not tell a wrong
 * password from a network failure). ETag and Content-Length are what the transport reads.
 */
function corsHeaders(origin: string): string[] {
  if (!/^https?:\/\/[\w.:[\]-]+$/.test(origin)) throw new Error(`Not an origin: ${origin}`);
  return [
    `Header always set Access-Control-Allow-Origin "${origin}"`,
    'Header always set Access-Control-Allow-Methods "GET, HEAD, PUT, MKCOL, PROPFIND, OPTIONS"',
    'Header always set Access-Control-Allow-Headers "Authorization, Content-Type, Depth, If-None-Match, If-Match"',
    'Header always set Access-Control-Expose-Headers "ETag, Content-Length"',
    'Header always set Vary "Origin"',
  ];
}

/** www-data (Debian's httpd user), else nobody: who httpd runs as when started by root. */
function unprivilegedUser(): { user: string; group: string; uid: number; gid: number } {
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n').map((line) => line.split(':'));
  const groups = readFileSync('/etc/group', 'utf8').split('\n').map((line) => line.split(':'));
  for (const name of ['www-data', 'nobody']) {
    const entry = passwd.find((fields) => fields[0] === name);
    if (!entry) continue;
    const gid = Number(entry[3]);
    const group = groups.find((fields) => Number(fields[2]) === gid)?.[0] ?? String(gid);
    return { user: name, group, uid: Number(entry[2]), gid };
  }
  throw new Error('No www-data or nobody user for httpd to run as');
}

/** Mounts a tmpfs of `bytes` on `dir` (root only; a container may forbid it). */
function mountTmpfs(dir: string, bytes: number, owner: { uid: number; gid: number } | null): boolean {
  if (process.getuid?.() !== 0) return false;
  const ownership = owner ? `,uid=${owner.uid},gid=${owner.gid}` : '';
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0755${ownership}`, 'tmpfs', dir], { encoding: 'utf8' });
  return result.status === 0;
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Polls with PROPFIND until the server answers (401 without credentials counts), or fails with its log. */
async function waitUntilAnswering(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The WebDAV server exited at start (${child.exitCode ?? child.signalCode}):\n${log()}`);
    try {
      const response = await fetch(url, { method: 'PROPFIND', headers: { Depth: '0' }, signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.status === 207 || response.status === 401) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The WebDAV server at ${url} did not answer within ${READY_TIMEOUT_MS} ms:\n${log()}`);
}
