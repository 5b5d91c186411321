import type { ApiClient } from './client';
import { ApiError } from './problem';
import type {
  AppConfig,
  Device,
  DeviceRegistration,
  FollowUp,
  FollowUpAnswer,
  InboxPage,
  Notice,
  NoticeResponse,
  OtpAnswer,
  ResponsePage,
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
  private readonly signOutHooks: Array<() => void> = [];

  constructor(readonly client: ApiClient) {}

  get signedIn(): boolean {
    return this.client.signedIn;
  }

  /** What the app needs before sign-in: whether and how it may receive web pushes. */
  async appConfig(): Promise<AppConfig> {
    return expectObject(await this.client.request<AppConfig>('/app/config', { auth: false }));
  }

  /** Sends a sign-in code by SMS; 429 with Retry-After when one was sent in the last minute. */
  requestCode(phone: string): Promise<OtpAnswer> {
    return this.client.request('/auth/otp', { method: 'POST', body: { phone }, auth: false });
  }

  /** Exchanges the code for tokens and keeps them; a wrong code is a 401. */
  async signIn(phone: string, code: string): Promise<Tokens> {
    const tokens = expectObject(
      await this.client.request<Tokens>('/auth/token', {
        method: 'POST',
        body: { phone, code },
        auth: false,
      }),
    );
    this.client.tokens.save(tokens);
    return tokens;
  }

  /** Forgets the session; what must still go out with the worker's token (a device's removal) goes first. */
  signOut(): void {
    for (const hook of this.signOutHooks) hook();
    this.client.signOut();
  }

  /** Runs just before signing out, while the token is still there. */
  onSignOut(hook: () => void): void {
    this.signOutHooks.push(hook);
  }

  async me(): Promise<Worker> {
    return expectObject(await this.client.request<Worker>('/me'));
  }

  async updateMe(update: WorkerUpdate): Promise<Worker> {
    return expectObject(await this.client.request<Worker>('/me', { method: 'PUT', body: update }));
  }

  /** Registers this browser (or updates it) as a device that receives the worker's pushes. */
  async registerDevice(installationId: string, registration: DeviceRegistration): Promise<Device> {
    return expectObject(
      await this.client.request<Device>(`/me/devices/${encodeURIComponent(installationId)}`, {
        method: 'PUT',
        body: registration,
      }),
    );
  }

  /** Stops pushes to this browser (on sign-out). */
  removeDevice(installationId: string): Promise<void> {
    return this.client.request(`/me/devices/${encodeURIComponent(installationId)}`, { method: 'DELETE' });
  }

  async inbox(page: PageRequest = {}): Promise<InboxPage> {
    return expectPage(await this.client.request<InboxPage>('/me/inbox', { query: { ...page } }));
  }

  async notice(id: string): Promise<Notice> {
    const notice = expectObject(await this.client.request<Notice>(`/notices/${encodeURIComponent(id)}`));
    if (typeof notice.id !== 'string' || typeof notice.type !== 'string') throw ApiError.unexpectedAnswer(200);
    return notice;
  }

  markRead(noticeId: string): Promise<void> {
    return this.client.request(`/notices/${encodeURIComponent(noticeId)}/read`, { method: 'POST' });
  }

  async respond(noticeId: string, request: ResponseRequest, idempotencyKey: string): Promise<NoticeResponse> {
    return expectObject(
      await this.client.request<NoticeResponse>(`/notices/${encodeURIComponent(noticeId)}/responses`, {
        method: 'POST',
        body: request,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    );
  }

  async responses(page: PageRequest = {}): Promise<ResponsePage> {
    return expectPage(await this.client.request<ResponsePage>('/me/responses', { query: { ...page } }));
  }

  /** The checks after arrival asked of the worker for the trip they arrived by, the latest first. */
  async followUps(noticeId: string): Promise<FollowUp[]> {
    const checks = await this.client.request<FollowUp[]>('/me/follow-ups', { query: { noticeId } });
    if (!Array.isArray(checks)) throw ApiError.unexpectedAnswer(200);
    return checks;
  }

  /** Answers a check, once (a second answer is a 409); asking for help opens a request for the task force. */
  async answerFollowUp(id: string, answer: FollowUpAnswer): Promise<FollowUp> {
    return expectObject(
      await this.client.request<FollowUp>(`/me/follow-ups/${encodeURIComponent(id)}/answer`, { method: 'POST', body: answer }),
    );
  }

  /** Schools students named so far whose name contains `q`, for the profile's school field. */
  async schools(q: string): Promise<string[]> {
    const names = await this.client.request<string[]>('/reference/schools', { query: { q } });
    return Array.isArray(names) ? names.filter((n) => typeof n === 'string') : [];
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
      const answer: ResponsePage = await this.responses({ cursor, limit: 100 });
      const found = answer.items.find((r) => r.noticeId === noticeId && isActive(r));
      if (found) return found;
      cursor = answer.nextCursor ?? null;
      if (!cursor) break;
    }
    return null;
  }
}

/**
 * The generated types say what the server sends; these checks catch an answer that is not even that
 * kind of thing (a proxy's JSON, a server of another version), so the screen shows an error with a retry
 * instead of failing half-way through drawing it.
 */
function expectObject<T>(answer: T): T {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) throw ApiError.unexpectedAnswer(200);
  return answer;
}

function expectPage<T extends { items: unknown[] }>(answer: T): T {
  if (!Array.isArray(expectObject(answer).items)) throw ApiError.unexpectedAnswer(200);
  return answer;
}

/** One active response per worker and notice: anything not cancelled or rejected holds the place. */
export function isActive(response: Pick<NoticeResponse, 'status'>): boolean {
  return response.status !== 'CANCELLED' && response.status !== 'REJECTED';
}

/** The worker may withdraw a response until it is decided. */
export function isCancellable(response: Pick<NoticeResponse, 'status'>): boolean {
  return response.status === 'SUBMITTED' || response.status === 'CONFIRMED' || response.status === 'WAITLISTED';
}
