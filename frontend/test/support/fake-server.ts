import { ApiClient } from '../../src/api/client';
import { MemoryTokenStore } from '../../src/api/tokens';
import { WorkerApi } from '../../src/api/worker-api';
import { getLocale } from '../../src/i18n/i18n';

/** One request the app sent. */
export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Reply = Response | Promise<Response>;
type Handler = (call: Call) => Reply;

/**
 * A stand-in for the Fugong server behind a mocked fetch: routes by method and path (with `:name`
 * segments), records every call, and answers 404 problem details for anything not routed.
 */
export class FakeServer {
  readonly calls: Call[] = [];
  private readonly routes: Array<{ method: string; pattern: RegExp; handler: Handler }> = [];

  on(method: string, path: string, handler: Handler | Response | object): this {
    const pattern = new RegExp(`^${path.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
    const fn: Handler =
      typeof handler === 'function'
        ? (handler as Handler)
        : handler instanceof Response
          ? () => handler.clone()
          : () => json(200, handler);
    // later routes win, so a test can override a default
    this.routes.unshift({ method, pattern, handler: fn });
    return this;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input), 'http://localhost');
    const headers = new Headers(init?.headers);
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const call: Call = {
      method: init?.method ?? 'GET',
      path: url.pathname.replace(/^\/api\/v1/, ''),
      query: url.searchParams,
      headers,
      body: text ? JSON.parse(text) : undefined,
    };
    this.calls.push(call);
    const route = this.routes.find((r) => r.method === call.method && r.pattern.test(call.path));
    if (!route) return problem(404, { title: 'Not Found', detail: `no route for ${call.method} ${call.path}` });
    return route.handler(call);
  };

  callsTo(method: string, path: string): Call[] {
    return this.calls.filter((c) => c.method === method && c.path === path);
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** A WorkerApi signed in with the tokens a1/r1, talking to the fake server. */
export function signedInApi(server: FakeServer, onSessionEnded = () => {}): { api: WorkerApi; tokens: MemoryTokenStore } {
  const tokens = new MemoryTokenStore({ accessToken: 'a1', refreshToken: 'r1' });
  const client = new ApiClient({ tokens, fetch: server.fetch, language: getLocale, onSessionEnded });
  return { api: new WorkerApi(client), tokens };
}

/** A promise the test resolves when it chooses. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
