import { readFile } from 'node:fs/promises';
import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSelfSignedCert, type SelfSignedCert } from './self-signed-cert';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Host names Chromium resolves to 127.0.0.1 in the test context (see fixtures.ts). */
export const MAPPED_HOST_SUFFIXES = ['affise.com', 'adjust.com', 'g2afse.com'] as const;

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  path: string;
  host: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RouteResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}

export type RouteHandler = (request: RecordedRequest) => RouteResponse | Promise<RouteResponse>;

export interface UrlOptions {
  /** A host name such as `rocketcompany.affise.com`; it must end in a mapped suffix. */
  host?: string;
  /** Use the HTTPS port (self-signed certificate; the test browser ignores certificate errors). */
  https?: boolean;
}

export interface FixtureServer {
  readonly httpPort: number;
  readonly httpsPort: number;
  /** Every request the server has answered, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** URL of a file under test/fixtures/ (e.g. `/affise/offer.html`) or of a registered route. */
  url(path: string, options?: UrlOptions): string;
  /** Answers `path` (exact match, query ignored) on both ports; wins over fixture files. */
  route(path: string, handler: RouteHandler | RouteResponse): void;
  close(): Promise<void>;
}

let cert: SelfSignedCert | undefined;

function certificate(): SelfSignedCert {
  cert ??= createSelfSignedCert(MAPPED_HOST_SUFFIXES.flatMap((suffix) => [suffix, `*.${suffix}`]));
  return cert;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function serveFile(pathname: string, response: ServerResponse): Promise<void> {
  const file = normalize(join(FIXTURES_DIR, decodeURIComponent(pathname)));
  if (!file.startsWith(FIXTURES_DIR) || file.endsWith(sep)) {
    response.writeHead(404).end('not found');
    return;
  }
  try {
    const content = await readFile(file);
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(content);
  } catch {
    // Chromium asks every page for a favicon and logs a 404 as a console error, which would break
    // the tests that assert a page logs none.
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture at ${pathname}`);
  }
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Serves test/fixtures/ plus registered routes over HTTP and HTTPS on 127.0.0.1. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, RouteHandler>();
  const requests: RecordedRequest[] = [];

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    const pathname = new URL(path, 'http://fixture.invalid').pathname;
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      host: request.headers.host ?? '',
      headers: request.headers,
      body: await readBody(request),
    };
    requests.push(recorded);
    const route = routes.get(pathname);
    if (!route) {
      await serveFile(pathname, response);
      return;
    }
    try {
      const answer = await route(recorded);
      response
        .writeHead(answer.status ?? 200, { 'cache-control': 'no-store', ...answer.headers })
        .end(answer.body ?? '');
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  };
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  };

  const httpServer = createHttpServer(onRequest);
  const httpsServer = createHttpsServer(certificate(), onRequest);
  const [httpPort, httpsPort] = await Promise.all([listen(httpServer), listen(httpsServer)]);

  return {
    httpPort,
    httpsPort,
    requests,
    url(path, options = {}) {
      const host = options.host ?? '127.0.0.1';
      if (
        options.host &&
        !MAPPED_HOST_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))
      ) {
        throw new Error(
          `${host} is not mapped to the fixture server; use a host under ${MAPPED_HOST_SUFFIXES.join(', ')}.`,
        );
      }
      const scheme = options.https ? 'https' : 'http';
      const port = options.https ? httpsPort : httpPort;
      return `${scheme}://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`;
    },
    route(path, handler) {
      routes.set(path, typeof handler === 'function' ? handler : () => handler);
    },
    async close() {
      httpServer.closeAllConnections();
      httpsServer.closeAllConnections();
      await Promise.all(
        [httpServer, httpsServer].map(
          (server) => new Promise<void>((resolve) => server.close(() => resolve())),
        ),
      );
    },
  };
}
