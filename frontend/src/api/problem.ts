/**
 * Failures of API calls. The server answers errors as RFC 9457 problem details
 * (`type`, `title`, `status`, `detail`, `errors: [{field, message}]`); a failed connection becomes an
 * ApiError with status 0 so views handle both the same way.
 */

import type { FieldError } from './types';

export type { FieldError };

export interface ProblemDetail {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors: FieldError[];
  /** Every member of the problem object, extensions included. */
  raw: Record<string, unknown>;
}

/**
 * What went wrong beyond the HTTP status: no answer at all, none in time, or an answer the app cannot
 * read (not JSON, or not the shape the API document gives).
 */
export type Failure = 'network' | 'timeout' | 'unexpected-answer';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetail;
  /** Seconds to wait, from a 429's (or 503's) Retry-After header. */
  readonly retryAfterSeconds: number | null;
  readonly failure: Failure | null;

  constructor(
    problem: ProblemDetail,
    retryAfterSeconds: number | null = null,
    options?: { cause?: unknown; failure?: Failure },
  ) {
    super(problem.detail || problem.title || options?.failure || `HTTP ${problem.status}`, options);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
    this.failure = options?.failure ?? null;
  }

  /** True when the request never got an answer (offline, DNS, connection reset, or no answer in time). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }

  get timedOut(): boolean {
    return this.failure === 'timeout';
  }

  /** True when the server answered, but with something the app cannot read. */
  get unexpectedAnswer(): boolean {
    return this.failure === 'unexpected-answer';
  }

  /**
   * True when the server may or may not have acted on the request, so a retry must carry the same
   * Idempotency-Key: no answer at all, a server error, or a timeout.
   */
  get outcomeUnknown(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500 || this.unexpectedAnswer;
  }

  /** Messages by field, with the `fields.` prefix of response fields removed (`fields.message` → `message`). */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { field, message } of this.problem.errors) {
      const name = field.startsWith('fields.') ? field.slice('fields.'.length) : field;
      byField[name] = byField[name] ? `${byField[name]} ${message}` : message;
    }
    return byField;
  }

  static network(cause: unknown): ApiError {
    return new ApiError({ status: 0, errors: [], raw: {} }, null, { cause, failure: 'network' });
  }

  static timeout(): ApiError {
    return new ApiError({ status: 0, errors: [], raw: {} }, null, { failure: 'timeout' });
  }

  /** A successful status with a body that is not what the call answers (a proxy's page, a newer server). */
  static unexpectedAnswer(status: number, cause?: unknown): ApiError {
    return new ApiError({ status, errors: [], raw: {} }, null, { cause, failure: 'unexpected-answer' });
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Reads a failed answer into an ApiError, whatever its body: problem JSON, other JSON, text or nothing. */
export async function problemFrom(response: Response, now: () => number = Date.now): Promise<ApiError> {
  let raw: Record<string, unknown> = {};
  let text = '';
  try {
    text = await response.text();
  } catch {
    // an unreadable body still leaves the status to go by
  }
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
    } catch {
      // not JSON (a proxy's HTML page, say): keep the status only
    }
  }
  const problem: ProblemDetail = {
    type: stringOrUndefined(raw.type),
    title: stringOrUndefined(raw.title) ?? (response.statusText || undefined),
    status: typeof raw.status === 'number' ? raw.status : response.status,
    detail: stringOrUndefined(raw.detail),
    errors: fieldErrorsOf(raw.errors),
    raw,
  };
  return new ApiError(problem, parseRetryAfter(response.headers.get('Retry-After'), now()));
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, nowMillis: number): number | null {
  if (value == null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - nowMillis) / 1000));
}

function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  const errors: FieldError[] = [];
  for (const entry of value) {
    if (!entry || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    const field = stringOrUndefined(e.field) ?? stringOrUndefined(e.name) ?? stringOrUndefined(e.pointer);
    const message = stringOrUndefined(e.message) ?? stringOrUndefined(e.detail);
    if (field && message) errors.push({ field: field.replace(/^#?\//, '').replace(/\//g, '.'), message });
  }
  return errors;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
