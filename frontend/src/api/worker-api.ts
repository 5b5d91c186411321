import type { ApiClient } from './client';
import type {
  InboxItem,
  Notice,
  NoticeResponse,
  OtpAnswer,
  Page,
  ResponseRequest,
  Tokens,
  Worker,
  WorkerUpdate,
} from './types';

export interface PageRequest {
  cursor?: string | null;
  limit?: number;
}

/** The calls of the Worker API (design/api.md), one method each. */
export class WorkerApi {
  constructor(readonly client: ApiClient) {}

  get signedIn(): boolean {
    return this.client.signedIn;
  }

  /** Sends a sign-in code by SMS; 429 with Retry-After when one was sent in the last minute. */
  requestCode(phone: string): Promise<OtpAnswer> {
    return this.client.request('/auth/otp', { method: 'POST', body: { phone }, auth: false });
  }

  /** Exchanges the code for tokens and keeps them; a wrong code is a 401. */
  async signIn(phone: string, code: string): Promise<Tokens> {
    const tokens = await this.client.request<Tokens>('/auth/token', {
      method: 'POST',
      body: { phone, code },
      auth: false,
    });
    this.client.tokens.save(tokens);
    return tokens;
  }

  signOut(): void {
    this.client.signOut();
  }

  me(): Promise<Worker> {
    return this.client.request('/me');
  }

  updateMe(update: WorkerUpdate): Promise<Worker> {
    return this.client.request('/me', { method: 'PUT', body: update });
  }

  inbox(page: PageRequest = {}): Promise<Page<InboxItem>> {
    return this.client.request('/me/inbox', { query: { ...page } });
  }

  notice(id: string): Promise<Notice> {
    return this.client.request(`/notices/${encodeURIComponent(id)}`);
  }

  markRead(noticeId: string): Promise<void> {
    return this.client.request(`/notices/${encodeURIComponent(noticeId)}/read`, { method: 'POST' });
  }

  respond(noticeId: string, request: ResponseRequest, idempotencyKey: string): Promise<NoticeResponse> {
    return this.client.request(`/notices/${encodeURIComponent(noticeId)}/responses`, {
      method: 'POST',
      body: request,
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  }

  responses(page: PageRequest = {}): Promise<Page<NoticeResponse>> {
    return this.client.request('/me/responses', { query: { ...page } });
  }

  cancelResponse(responseId: string): Promise<void> {
    return this.client.request(`/me/responses/${encodeURIComponent(responseId)}`, { method: 'DELETE' });
  }

  /**
   * The worker's active response to a notice, if any, looked up in their responses (the API has no
   * call for one notice). Reads at most `maxPages` pages of 100.
   */
  async activeResponseTo(noticeId: string, maxPages = 5): Promise<NoticeResponse | null> {
    let cursor: string | null = null;
    for (let page = 0; page < maxPages; page++) {
      const answer: Page<NoticeResponse> = await this.responses({ cursor, limit: 100 });
      const found = answer.items.find((r) => r.noticeId === noticeId && isActive(r));
      if (found) return found;
      cursor = answer.nextCursor;
      if (!cursor) break;
    }
    return null;
  }
}

/** One active response per worker and notice: anything not cancelled or rejected holds the place. */
export function isActive(response: Pick<NoticeResponse, 'status'>): boolean {
  return response.status !== 'CANCELLED' && response.status !== 'REJECTED';
}

/** The worker may withdraw a response until it is decided. */
export function isCancellable(response: Pick<NoticeResponse, 'status'>): boolean {
  return response.status === 'SUBMITTED' || response.status === 'CONFIRMED' || response.status === 'WAITLISTED';
}
