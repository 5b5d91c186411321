import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../src/api/client';
import { ApiError, parseRetryAfter } from '../../src/api/problem';
import { MemoryTokenStore } from '../../src/api/tokens';
import { WorkerApi } from '../../src/api/worker-api';
import type { Tokens, Worker } from '../../src/api/types';
import { deferred, FakeServer, problem, unchecked } from '../support/fake-server';
import { worker } from '../support/fixtures';

describe('ApiClient', () => {
  let server: FakeServer;
  let tokens: MemoryTokenStore;
  let sessionEnded: ReturnType<typeof vi.fn<() => void>>;
  let client: ApiClient;

  beforeEach(() => {
    server = new FakeServer();
    tokens = new MemoryTokenStore({ accessToken: 'a1', refreshToken: 'r1' });
    sessionEnded = vi.fn<() => void>();
    client = new ApiClient({ tokens, fetch: server.fetch, language: () => 'en', onSessionEnded: sessionEnded });
  });

  /** A server whose /me accepts only the access token a2, as after a refresh. */
  function acceptOnly(token: string) {
    server.on('GET', '/me', (call) =>
      call.headers.get('Authorization') === `Bearer ${token}` ? worker({ name: 'Li' }) : problem(401, { title: 'Unauthorized' }),
    );
  }

  it('sends the bearer token, Accept-Language and JSON', async () => {
    server.on('PUT', '/me', (call) => worker(call.body as Partial<Worker>));

    const answer = await client.request<Worker>('/me', { method: 'PUT', body: { name: '李雷' } });

    const call = server.calls[0];
    expect(answer.name).toBe('李雷');
    expect(call.headers.get('Authorization')).toBe('Bearer a1');
    expect(call.headers.get('Accept-Language')).toBe('en');
    expect(call.headers.get('Content-Type')).toBe('application/json');
  });

  it('answers undefined for 204 No Content', async () => {
    server.on('POST', '/notices/{id}/read', () => undefined);

    await expect(client.request('/notices/n1/read', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('renews an expired access token and repeats the call', async () => {
    acceptOnly('a2');
    server.on('POST', '/auth/refresh', (call) => {
      expect(call.body).toEqual({ refreshToken: 'r1' });
      expect(call.headers.get('Authorization')).toBeNull();
      return tokensOf('a2', 'r2');
    });

    const me = await client.request<Worker>('/me');

    expect(me.name).toBe('Li');
    expect(tokens.accessToken).toBe('a2');
    expect(tokens.refreshToken).toBe('r2');
    expect(server.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /me', 'POST /auth/refresh', 'GET /me']);
    expect(sessionEnded).not.toHaveBeenCalled();
  });

  it('refreshes once for calls that fail together (single flight)', async () => {
    acceptOnly('a2');
    const refreshAnswer = deferred<Tokens>();
    server.on('POST', '/auth/refresh', () => refreshAnswer.promise);

    const calls = [client.request<Worker>('/me'), client.request<Worker>('/me'), client.request<Worker>('/me')];
    await vi.waitFor(() => expect(server.callsTo('POST', '/auth/refresh')).toHaveLength(1));
    refreshAnswer.resolve(tokensOf('a2', 'r2'));

    expect((await Promise.all(calls)).map((me) => me.name)).toEqual(['Li', 'Li', 'Li']);
    expect(server.callsTo('POST', '/auth/refresh')).toHaveLength(1);
    const retried = server.callsTo('GET', '/me').filter((c) => c.headers.get('Authorization') === 'Bearer a2');
    expect(retried).toHaveLength(3);
  });

  it('does not refresh again for a call refused with a token that was already replaced', async () => {
    acceptOnly('a2');
    const slowAnswer = deferred<Response>();
    let first = true;
    server.on('GET', '/me/inbox', () => {
      if (first) {
        first = false;
        return slowAnswer.promise; // sent with a1, answered after the refresh below
      }
      return { items: [], nextCursor: null };
    });
    server.on('POST', '/auth/refresh', () => tokensOf('a2', 'r2'));

    const inbox = client.request('/me/inbox');
    await client.request('/me');
    slowAnswer.resolve(problem(401, { title: 'Unauthorized' }));

    await expect(inbox).resolves.toEqual({ items: [], nextCursor: null });
    expect(server.callsTo('POST', '/auth/refresh')).toHaveLength(1);
  });

  it('ends the session when the refresh token is refused', async () => {
    acceptOnly('a2');
    server.on('POST', '/auth/refresh', () => problem(401, { title: 'Unauthorized', detail: 'refresh token expired' }));

    const results = await Promise.allSettled([client.request('/me'), client.request('/me')]);

    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ApiError);
      expect(((result as PromiseRejectedResult).reason as ApiError).status).toBe(401);
    }
    expect(server.callsTo('POST', '/auth/refresh')).toHaveLength(1);
    expect(sessionEnded).toHaveBeenCalledTimes(1);
    expect(tokens.accessToken).toBeNull();
    expect(tokens.refreshToken).toBeNull();
  });

  it('keeps the session when the refresh fails because the server is down', async () => {
    acceptOnly('a2');
    server.on('POST', '/auth/refresh', () => problem(503, { title: 'Service Unavailable' }));

    await expect(client.request('/me')).rejects.toMatchObject({ status: 503 });
    expect(sessionEnded).not.toHaveBeenCalled();
    expect(tokens.refreshToken).toBe('r1');
  });

  it('never refreshes for the sign-in calls: their 401 is the answer', async () => {
    server.on('POST', '/auth/token', () => problem(401, { title: 'Unauthorized', detail: 'wrong code' }));
    const api = new WorkerApi(client);

    await expect(api.signIn('+8613800138000', '000000')).rejects.toMatchObject({ status: 401 });
    expect(server.callsTo('POST', '/auth/refresh')).toHaveLength(0);
    expect(sessionEnded).not.toHaveBeenCalled();
  });

  it('reads problem details with per-field messages', async () => {
    server.on('PUT', '/me', () =>
      problem(400, {
        title: 'Bad Request',
        detail: 'The profile has errors.',
        errors: [
          { field: 'hometown.city', message: 'unknown city' },
          { field: 'name', message: 'must not be blank' },
        ],
        traceId: 'x-1',
      }),
    );

    const error = await client.request('/me', { method: 'PUT', body: {} }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.message).toBe('The profile has errors.');
    expect(apiError.problem.title).toBe('Bad Request');
    expect(apiError.fieldErrors()).toEqual({ 'hometown.city': 'unknown city', name: 'must not be blank' });
    expect(apiError.problem.raw.traceId).toBe('x-1');
  });

  it('names response fields without their fields. prefix', async () => {
    server.on('POST', '/notices/{id}/responses', () =>
      problem(400, { detail: 'invalid', errors: [{ field: 'fields.pickupPoint', message: 'not a pickup point of this bus' }] }),
    );

    const error = (await client
      .request('/notices/n1/responses', { method: 'POST', body: {} })
      .catch((e: unknown) => e)) as ApiError;

    expect(error.fieldErrors()).toEqual({ pickupPoint: 'not a pickup point of this bus' });
  });

  it('reads Retry-After of a 429', async () => {
    server.on('POST', '/auth/otp', () => problem(429, { title: 'Too Many Requests' }, { 'Retry-After': '42' }));

    const error = (await new WorkerApi(client).requestCode('+8613800138000').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(42);
  });

  it('copes with an error that is not JSON', async () => {
    server.on('GET', '/me', () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));

    const error = (await client.request('/me').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(502);
    expect(error.problem.detail).toBeUndefined();
    expect(error.problem.errors).toEqual([]);
    expect(error.outcomeUnknown).toBe(true);
  });

  it('fails a call that gets no answer in time, instead of waiting for ever', async () => {
    const hung = new ApiClient({ tokens, timeoutMs: 20, fetch: (_input, init) => new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    }) });

    const error = (await hung.request('/me').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.timedOut).toBe(true);
    expect(error.outcomeUnknown).toBe(true);
  });

  it('fails an answer that is not JSON (a portal or proxy page) as an unexpected answer', async () => {
    server.on('GET', '/me', () => unchecked(200, '<html>Welcome to the hotel wifi</html>', 'text/html'));

    const error = (await client.request('/me').catch((e: unknown) => e)) as ApiError;

    expect(error.unexpectedAnswer).toBe(true);
    expect(error.status).toBe(200);
  });

  it('fails an answer of the wrong kind, such as a list where a notice should be', async () => {
    server.on('GET', '/notices/{id}', () => unchecked(200, [{ id: 'n1' }]));
    server.on('GET', '/me/inbox', () => unchecked(200, { items: 'none' }));
    const api = new WorkerApi(client);

    await expect(api.notice('n1')).rejects.toMatchObject({ unexpectedAnswer: true });
    await expect(api.inbox()).rejects.toMatchObject({ unexpectedAnswer: true });
  });

  it('turns a failed connection into an ApiError with status 0', async () => {
    const offline = new ApiClient({ tokens, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });

    const error = (await offline.request('/me').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.isNetworkError).toBe(true);
    expect(error.outcomeUnknown).toBe(true);
  });
});

function tokensOf(accessToken: string, refreshToken: string): Tokens {
  return { accessToken, refreshToken, expiresInSeconds: 900, workerId: 'w1' };
}

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-03-06T11:33:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Fri, 06 Mar 2026 11:34:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('Fri, 06 Mar 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
