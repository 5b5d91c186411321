import apiDocument from '../../openapi/fugong-api.json';
import { ApiClient } from '../../src/api/client';
import type { paths } from '../../src/api/generated/fugong-api';
import { MemoryTokenStore } from '../../src/api/tokens';
import { WorkerApi } from '../../src/api/worker-api';
import { getLocale } from '../../src/i18n/i18n';

/** One request the app sent. */
export interface Call {
  method: string;
  path: string;
  /** The values of the route's `{name}` segments. */
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

const BASE = '/api/v1';

/** The API's paths without the base (`/notices/{id}`), as the API document names them. */
type Routes = { [P in keyof paths as P extends `${typeof BASE}${infer R}` ? R : never]: paths[P] };
type Method = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
type Operation<P extends keyof Routes, M extends Method> = Routes[P][Lowercase<M> & keyof Routes[P]];
/** The routes that take this method. */
export type RoutesFor<M extends Method> = {
  [P in keyof Routes]: Operation<P, M> extends { responses: unknown } ? P : never;
}[keyof Routes];
type Responses<P extends keyof Routes, M extends Method> = Operation<P, M> extends { responses: infer R } ? R : never;
/** What a call answers when it succeeds, as the API document says (`undefined` for 204 No Content). */
export type Answer<P extends keyof Routes, M extends Method> = {
  [S in keyof Responses<P, M>]: S extends 200 | 201 | 202
    ? Responses<P, M>[S] extends { content: { 'application/json': infer B } }
      ? B
      : never
    : S extends 204
      ? undefined
      : never;
}[keyof Responses<P, M>];

type Reply<A> = A | Response | Promise<A | Response>;
type Handler<A> = (call: Call) => Reply<A>;

interface Route {
  method: Method;
  template: string;
  pattern: RegExp;
  names: string[];
  only: Record<string, string>;
  handler: (call: Call) => Reply<unknown>;
}

/**
 * A stand-in for the Fugong server behind a mocked fetch, typed by the API document the server publishes:
 * a route is one of the document's paths (`/notices/{id}`), and its answer is the type the document gives
 * (`Notice`), sent with the document's success status (201 for a new response, 204 for no content). So a
 * test cannot answer what the real server would not. Failures and deliberately odd answers are Responses
 * (`problem`, `unchecked`). It records every call and answers 404 problem details for anything not routed.
 */
export class FakeServer {
  readonly calls: Call[] = [];
  private readonly routes: Route[] = [];

  /**
   * Answers a route; `only` limits it to some values of the route's segments (`{ id: 'fair-1' }`). Later
   * routes win, so a test can override a default.
   */
  on<M extends Method, P extends RoutesFor<M>>(
    method: M,
    template: P,
    answer: Answer<P, M> | Handler<Answer<P, M>> | Response,
    only: Record<string, string> = {},
  ): this {
    const status = successStatus(method, template);
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '([^/]+)')}$`);
    const handler = (call: Call): Reply<unknown> => {
      const reply = typeof answer === 'function' ? (answer as Handler<unknown>)(call) : answer;
      return Promise.resolve(reply).then((value) =>
        value instanceof Response ? value.clone() : status === 204 ? noContent() : json(status, value),
      );
    };
    this.routes.unshift({ method, template, pattern, names, only, handler });
    return this;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input), 'http://localhost');
    const headers = new Headers(init?.headers);
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const path = url.pathname.replace(new RegExp(`^${BASE}`), '');
    const method = (init?.method ?? 'GET') as Method;
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
      if (Object.entries(route.only).some(([name, value]) => params[name] !== value)) continue;
      const call: Call = { method, path, params, query: url.searchParams, headers, body: text ? JSON.parse(text) : undefined };
      this.calls.push(call);
      return route.handler(call) as Promise<Response>;
    }
    this.calls.push({ method, path, params: {}, query: url.searchParams, headers, body: text ? JSON.parse(text) : undefined });
    return problem(404, { title: 'Not Found', detail: `no route for ${method} ${path}` });
  };

  callsTo(method: string, path: string): Call[] {
    return this.calls.filter((c) => c.method === method && c.path === path);
  }
}

/** The status the API document gives for a call's success; a route the document lacks is a mistake in the test. */
function successStatus(method: Method, template: string): number {
  const operations = (apiDocument.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[BASE + template];
  const operation = operations?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${template} is not in the API document`);
  const codes = Object.keys(operation.responses).filter((code) => /^2\d\d$/.test(code));
  return Number(codes[0]);
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/**
 * An answer the API document does not describe, for the tests of what the app does with one (a proxy's
 * page, a server of another version). Never for an ordinary answer: those are typed.
 */
export function unchecked(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
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
  const tokens = new MemoryTokenStore({ accessToken: "a1", refreshToken: "r1", workerId: "w1" });
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
