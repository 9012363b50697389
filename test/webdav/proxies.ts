import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer, connect, type Socket } from 'node:net';

/**
 * Small proxies the integration tests put between the outbox and a real WebDAV server: one that
 * cuts connections part-way (a venue's Wi-Fi), one that answers 507 to every upload (a full
 * account, where no real server can be made to run out of space).
 */

/** A seeded PRNG (mulberry32), so a failing run can be repeated with the seed it prints. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Proxy {
  port: number;
  url: string;
  close(): Promise<void>;
}

export interface CuttingProxy extends Proxy {
  /** Connections cut so far, by the direction the cut was counted in. */
  cuts: { upload: number; download: number };
}

/** Where to cut one connection: after so many bytes have passed in that direction. */
export interface Cut {
  direction: 'upload' | 'download';
  afterBytes: number;
}

/**
 * Random cuts: every connection is cut after up to `maxBytes`, three times in four on the way
 * up (mid-headers or mid-body), else on the way back (the server acted, its answer is lost).
 */
export function randomCuts(random: () => number, maxBytes: number): (connection: number) => Cut {
  return () => ({ direction: random() < 0.75 ? 'upload' : 'download', afterBytes: Math.floor(random() * maxBytes) });
}

/**
 * A TCP proxy that destroys both sides of a connection once the bytes its plan gives have passed
 * in one direction; connections the plan gives no cut (null) pass untouched, and so does
 * everything once `maxCuts` connections have been cut.
 */
export async function startCuttingProxy(options: { targetPort: number; plan: (connection: number) => Cut | null; maxCuts?: number }): Promise<CuttingProxy> {
  const sockets = new Set<Socket>();
  const cuts = { upload: 0, download: 0 };
  let connections = 0;
  const server = createServer((client) => {
    const upstream = connect(options.targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const cut = options.plan(connections++);
    let budget = cut?.afterBytes ?? 0;
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    const relay = (from: Socket, to: Socket, own: 'upload' | 'download') =>
      from.on('data', (chunk: Buffer) => {
        if (cut?.direction === own && cuts.upload + cuts.download < (options.maxCuts ?? Infinity)) {
          if (chunk.length > budget) {
            if (budget > 0) to.write(chunk.subarray(0, budget));
            budget = 0;
            cuts[own] += 1;
            // Let the last bytes reach the other side before both ends go.
            to.end(end);
            from.destroy();
            return;
          }
          budget -= chunk.length;
        }
        to.write(chunk);
      });
    relay(client, upstream, 'upload');
    relay(upstream, client, 'download');
    for (const socket of [client, upstream]) {
      socket.on('error', end);
      socket.on('close', () => {
        sockets.delete(socket);
        end();
      });
    }
  });
  const port = await listen(server);
  return { port, url: `http://127.0.0.1:${port}/`, cuts, close: () => closeAll(server, sockets) };
}

/** An HTTP proxy that answers every PUT with 507 Insufficient Storage and passes the rest through. */
export async function startQuotaProxy(options: { targetPort: number }): Promise<Proxy> {
  const sockets = new Set<Socket>();
  const server = createHttpServer((request, response) => {
    if (request.method === 'PUT') {
      request.resume();
      request.on('end', () => {
        response.writeHead(507, { 'Content-Type': 'text/plain' });
        response.end('Insufficient Storage');
      });
      return;
    }
    const forward = httpRequest(
      { host: '127.0.0.1', port: options.targetPort, method: request.method, path: request.url, headers: request.headers },
      (upstream) => {
        response.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(response);
      },
    );
    forward.on('error', () => response.destroy());
    request.pipe(forward);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  return { port, url: `http://127.0.0.1:${port}/`, close: () => closeAll(server, sockets) };
}

async function listen(server: ReturnType<typeof createServer> | ReturnType<typeof createHttpServer>): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

async function closeAll(server: ReturnType<typeof createServer> | ReturnType<typeof createHttpServer>, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
