import { ApiError, problemFrom } from './problem';
import type { TokenStore } from './tokens';
import type { Tokens } from './types';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApiClientOptions {
  tokens: TokenStore;
  /** Base of the API; the web app is served by the same server, so a path. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** The language sent as Accept-Language with every call. */
  language?: () => string;
  /** Called when the session is over (refresh refused): the app shows sign-in. */
  onSessionEnded?: () => void;
  /** How long a call may wait for its answer before it fails as a timeout. */
  timeoutMs?: number;
}

/** A phone on a slow network still gets most answers well within this; a hung call must not spin forever. */
export const DEFAULT_TIMEOUT_MS = 20_000;

export interface RequestOptions {
  method?: HttpMethod;
  body?: unknown;
  query?: Record<string, string | number | null | undefined>;
  headers?: Record<string, string>;
  /** False for the sign-in calls: no bearer token, and a 401 is an answer rather than an expired token. */
  auth?: boolean;
}

/**
 * The fetch wrapper every API call goes through. It adds the bearer token and Accept-Language, turns
 * failures into ApiErrors from problem details, and renews an expired access token: on a 401 it calls
 * POST /auth/refresh once, shared by all calls that failed meanwhile (the server rotates refresh tokens,
 * so two parallel refreshes would sign the worker out), then repeats the call.
 */
export class ApiClient {
  readonly tokens: TokenStore;
  private readonly baseUrl: string;
  private readonly fetchFn: typeof fetch;
  private readonly language: () => string;
  private readonly onSessionEnded: () => void;
  private readonly timeoutMs: number;
  private refreshing: Promise<boolean> | null = null;

  constructor(options: ApiClientOptions) {
    this.tokens = options.tokens;
    this.baseUrl = (options.baseUrl ?? '/api/v1').replace(/\/$/, '');
    // looked up at call time, so a fetch replaced later (tests, polyfills) is the one used
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.language = options.language ?? (() => 'zh-CN');
    this.onSessionEnded = options.onSessionEnded ?? (() => {});
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  get signedIn(): boolean {
    return this.tokens.accessToken != null || this.tokens.refreshToken != null;
  }

  /** Forgets the tokens; the server keeps no session to close. */
  signOut(): void {
    this.tokens.clear();
  }

  /** Performs a call and answers its JSON body, or undefined for an empty answer (204). */
  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const auth = options.auth ?? true;
    if (!auth) return this.read<T>(await this.send(path, options, null));

    const token = this.tokens.accessToken;
    let response = await this.send(path, options, token);
    if (response.status === 401) {
      const renewed = await this.renewAfter(token);
      if (!renewed) throw await problemFrom(response);
      response = await this.send(path, options, this.tokens.accessToken);
      if (response.status === 401) this.endSession();
    }
    return this.read<T>(response);
  }

  private async send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': this.language(),
      ...options.headers,
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.timeoutMs);
    try {
      return await this.fetchFn(this.url(path, options.query), {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: abort.signal,
      });
    } catch (cause) {
      throw timedOut ? ApiError.timeout() : ApiError.network(cause);
    } finally {
      clearTimeout(timer);
    }
  }

  private url(path: string, query: RequestOptions['query']): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
    }
    const search = params.toString();
    return `${this.baseUrl}${path}${search ? `?${search}` : ''}`;
  }

  private async read<T>(response: Response): Promise<T> {
    if (!response.ok) throw await problemFrom(response);
    if (response.status === 204) return undefined as T;
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw ApiError.network(cause);
    }
    if (!text) return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch (cause) {
      // a captive portal's or proxy's page: the server's answer never arrived
      throw ApiError.unexpectedAnswer(response.status, cause);
    }
  }

  /**
   * Makes sure the access token that was just refused has been replaced. A call that failed with a token
   * already replaced meanwhile only needs repeating; otherwise it joins the refresh in flight or starts one.
   */
  private renewAfter(refusedToken: string | null): Promise<boolean> {
    const current = this.tokens.accessToken;
    if (current && current !== refusedToken) return Promise.resolve(true);
    if (!this.refreshing) {
      this.refreshing = this.refresh().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  private async refresh(): Promise<boolean> {
    const refreshToken = this.tokens.refreshToken;
    if (!refreshToken) {
      this.endSession();
      return false;
    }
    const response = await this.send('/auth/refresh', { method: 'POST', body: { refreshToken } }, null);
    if (response.ok) {
      this.tokens.save((await response.json()) as Tokens);
      return true;
    }
    // a server that is down has not refused the refresh token: keep it and let the call fail
    if (response.status >= 500) throw await problemFrom(response);
    this.endSession();
    return false;
  }

  private endSession(): void {
    this.tokens.clear();
    this.onSessionEnded();
  }
}
