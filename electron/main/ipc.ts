import { toErrorData, type ErrorData, type Result } from '#shared/errors/app-error';
import {
  IPC_CHANNELS,
  IPC_CONTRACT,
  type IpcChannel,
  type IpcParsedRequest,
  type IpcResponse,
} from '#shared/ipc/contract';
import { isAppUrl } from './trusted-url';

/** The parts of Electron's `WebFrameMain` the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

/** The parts of Electron's `IpcMainInvokeEvent` the sender check reads. */
export interface InvokeEvent {
  /** Null when the frame navigated away or was destroyed before the message arrived. */
  readonly senderFrame: SenderFrame | null;
}

/** `E`: what the events carry beyond the sender check's needs (Electron's own event in index.ts). */
export interface IpcMainPort<E extends InvokeEvent = InvokeEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

export type IpcHandler<C extends IpcChannel> = (
  request: IpcParsedRequest<C>,
) => IpcResponse<C> | Promise<IpcResponse<C>>;

/**
 * A handler that also reads the event of the (already trusted) sender: the few that act on the
 * calling page itself, such as printing it to PDF. Any IpcHandler is one that ignores the event.
 */
export type IpcEventHandler<C extends IpcChannel, E extends InvokeEvent = InvokeEvent> = (
  request: IpcParsedRequest<C>,
  event: E,
) => IpcResponse<C> | Promise<IpcResponse<C>>;

/** Exactly one handler per channel, so a channel added to the contract cannot go unhandled. */
export type IpcHandlers<E extends InvokeEvent = InvokeEvent> = { [C in IpcChannel]: IpcEventHandler<C, E> };

export interface IpcOptions {
  /** Where bugs (anything that is not an AppError) are reported; the renderer only sees `unexpected`. */
  onUnexpectedError?: (error: unknown, channel: IpcChannel) => void;
}

function failure(error: ErrorData): Result<never> {
  return { ok: false, error };
}

/**
 * Only the top-level document of our own app may call main. A subframe, a page that got
 * navigated elsewhere, or a frame already gone is refused before its payload is even read.
 */
export function isTrustedSender(event: InvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

type Validated<C extends IpcChannel> = { ok: true; request: IpcParsedRequest<C> } | { ok: false; error: ErrorData };

function validateRequest<C extends IpcChannel>(channel: C, args: unknown[]): Validated<C> {
  // Each channel takes at most one argument; more means a caller that is not our bridge.
  if (args.length > 1) {
    return { ok: false, error: { code: 'ipcBadRequest', details: { channel, issues: [{ path: '', code: 'too_many_arguments' }] } } };
  }
  const parsed = IPC_CONTRACT[channel].request.safeParse(args[0]);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code }));
    return { ok: false, error: { code: 'ipcBadRequest', details: { channel, issues } } };
  }
  // The schema of channel C parses to IpcParsedRequest<C>; TypeScript cannot follow that through the generic index.
  return { ok: true, request: parsed.data as IpcParsedRequest<C> };
}

/**
 * Runs one request through the guard: sender check, then payload validation, then the
 * handler. Never throws: Electron would pass only the message of a thrown error, so every
 * outcome becomes a `Result` the renderer can map to a translated message.
 */
async function runGuarded<C extends IpcChannel, E extends InvokeEvent>(
  channel: C,
  handler: IpcEventHandler<C, E>,
  event: E,
  args: unknown[],
  options: IpcOptions,
): Promise<Result<IpcResponse<C>>> {
  if (!isTrustedSender(event)) return failure({ code: 'ipcForbidden', details: { channel } });

  const validated = validateRequest(channel, args);
  if (!validated.ok) return failure(validated.error);

  try {
    return { ok: true, value: await handler(validated.request, event) };
  } catch (error) {
    const data = toErrorData(error);
    if (data.code === 'unexpected') (options.onUnexpectedError ?? reportUnexpected)(error, channel);
    return failure(data);
  }
}

function reportUnexpected(error: unknown, channel: IpcChannel): void {
  console.error(`[ipc] ${channel} failed unexpectedly`, error);
}

/** The one typed way to register a handler in the main process. */
export function createHandle<E extends InvokeEvent>(ipcMain: IpcMainPort<E>, options: IpcOptions = {}) {
  return function handle<C extends IpcChannel>(channel: C, handler: IpcEventHandler<C, E>): void {
    ipcMain.handle(channel, (event, ...args) => runGuarded(channel, handler, event, args, options));
  };
}

/** Registers every channel of the contract; the `IpcHandlers` type makes the set complete. */
export function registerIpcHandlers<E extends InvokeEvent>(
  ipcMain: IpcMainPort<E>,
  handlers: IpcHandlers<E>,
  options: IpcOptions = {},
): void {
  const handle = createHandle(ipcMain, options);
  for (const channel of IPC_CHANNELS) {
    // Looping erases the link between a channel and its handler's type; IpcHandlers guarantees it.
    handle(channel, handlers[channel] as IpcEventHandler<typeof channel, E>);
  }
}
