import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiError } from '../api/problem';
import type { Notice, NoticeResponse } from '../api/types';
import type { WorkerApi } from '../api/worker-api';
import { LightElement } from '../components/light-element';
import { formatDateTime, onLocaleChange, t } from '../i18n/i18n';
import { cssToken, noticeTypeName } from '../i18n/names';
import { localized } from '../model/text';
import { errorMessage } from './errors';
import { renderFacts } from './notice-facts';
import './follow-up-card';
import './respond-form';

/**
 * One notice: its text (always as plain text, line breaks kept), the facts of its type, and the form to
 * respond to it. Opening it marks it read.
 */
@customElement('fg-notice-view')
export class NoticeView extends LightElement {
  @property({ attribute: false }) api!: WorkerApi;
  @property() noticeId = '';

  @state() private notice: Notice | null = null;
  @state() private loading = false;
  @state() private error = '';
  @state() private notFound = false;
  @state() private response: NoticeResponse | null = null;
  @state() private checkingResponse = false;

  private generation = 0;
  private stopLocale: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // the server answers the notice's text in the language asked for
    this.stopLocale = onLocaleChange(() => void this.load(false));
  }

  override disconnectedCallback(): void {
    this.stopLocale?.();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('noticeId') && this.noticeId) void this.load(true);
  }

  /** Loads the notice and, when it takes responses, the worker's active response to it. */
  async load(firstVisit: boolean): Promise<void> {
    const id = this.noticeId;
    const generation = ++this.generation;
    this.loading = true;
    this.error = '';
    this.notFound = false;
    if (firstVisit) {
      this.notice = null;
      this.response = null;
    }
    try {
      const notice = await this.api.notice(id);
      if (generation !== this.generation) return;
      this.notice = notice;
      if (firstVisit) {
        this.api.markRead(id).catch(() => {
          // the inbox shows it unread a little longer; nothing the worker needs to know
        });
        if (notice.responseKind !== 'NONE' && !onlyEnterprisesApply(notice)) void this.findResponse(id, generation);
      }
    } catch (error) {
      if (generation !== this.generation) return;
      if (isApiError(error) && error.status === 404) this.notFound = true;
      else this.error = errorMessage(error);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  private async findResponse(noticeId: string, generation: number): Promise<void> {
    this.checkingResponse = true;
    try {
      const response = await this.api.activeResponseTo(noticeId);
      if (generation === this.generation && response) this.response = response;
    } catch {
      // the form is shown; a second response would be refused with 409 and the existing one shown then
    } finally {
      if (generation === this.generation) this.checkingResponse = false;
    }
  }

  protected override render() {
    return html`<section class="view view--notice" aria-busy=${this.loading ? 'true' : 'false'}>
      <a class="back-link" href="#/inbox" data-testid="back-to-inbox">‹ ${t('notice.back')}</a>
      ${this.renderSafely()}
    </section>`;
  }

  /**
   * The notice, or, when its answer cannot be drawn (a server of another version, a field of another
   * shape), an error with a retry: never a screen stuck on "loading".
   */
  private renderSafely() {
    try {
      return this.renderBody();
    } catch (error) {
      console.error('cannot show notice', this.noticeId, error);
      return this.renderError(t('notice.cannotShow'));
    }
  }

  private renderError(message: string) {
    return html`<div class="state state--error" role="alert">
      <p data-testid="notice-error">${message}</p>
      <button class="button button--secondary" type="button" data-testid="notice-retry" @click=${() => this.load(true)}>${t('common.retry')}</button>
    </div>`;
  }

  private renderBody() {
    if (this.notFound) {
      return html`<div class="state state--empty" data-testid="notice-not-found">
        <h1 class="state__title" tabindex="-1">${t('notice.notFound')}</h1>
        <p class="muted">${t('notice.notFoundHint')}</p>
      </div>`;
    }
    if (this.error) return this.renderError(this.error);
    const notice = this.notice;
    if (!notice) return html`<p class="state state--loading" data-testid="loading" role="status">${t('common.loading')}</p>`;
    return html`<article class="notice" data-testid="notice" data-notice-id=${notice.id} data-type=${notice.type}>
        <header class="notice__header">
          <span class="badge badge--type badge--${cssToken(notice.type)}" data-testid="notice-type">${noticeTypeName(notice.type)}</span>
          <h1 class="notice__title" data-testid="notice-title" tabindex="-1">${localized(notice.title)}</h1>
          ${notice.publishedAt
            ? html`<p class="muted">${t('notice.published', { date: formatDateTime(notice.publishedAt) })}</p>`
            : nothing}
        </header>
        ${notice.respondBy && !onlyEnterprisesApply(notice) ? this.renderDeadline(notice.respondBy) : nothing}
        <div class="notice__body plain-text" data-testid="notice-body">${localized(notice.body)}</div>
        ${renderFacts(notice)}
      </article>
      ${notice.type === 'RETURN_BUS'
        ? html`<fg-follow-up-card .api=${this.api} .noticeId=${notice.id}></fg-follow-up-card>`
        : nothing}
      ${this.renderRespond(notice)}`;
  }

  private renderDeadline(respondBy: string) {
    const closed = isPast(respondBy);
    return html`<p class="notice-box ${closed ? 'notice-box--warning' : 'notice-box--info'}" data-testid="respond-by">
      ${closed ? t('notice.closed', { date: formatDateTime(respondBy) }) : t('notice.respondBy', { date: formatDateTime(respondBy) })}
    </p>`;
  }

  private renderRespond(notice: Notice) {
    if (onlyEnterprisesApply(notice)) {
      return html`<p class="notice-box notice-box--info" data-testid="enterprise-only">${t('policy.enterpriseOnly')}</p>`;
    }
    if (notice.responseKind === 'NONE') return nothing;
    if (this.checkingResponse && !this.response) {
      return html`<p class="state state--loading" role="status">${t('common.loading')}</p>`;
    }
    if (!this.response && notice.respondBy && isPast(notice.respondBy)) return nothing;
    return html`<fg-respond-form
      .api=${this.api}
      .notice=${notice}
      .response=${this.response}
      @responded=${(e: CustomEvent<NoticeResponse>) => (this.response = e.detail)}
      @reload=${() => this.load(true)}
    ></fg-respond-form>`;
  }

}

/**
 * A policy whose subsidy enterprises claim (through their HR users, in the console): workers read it,
 * but have nothing to apply for.
 */
export function onlyEnterprisesApply(notice: Notice): boolean {
  return notice.type === 'POLICY' && notice.policy?.applicant !== 'WORKER';
}

function isPast(iso: string): boolean {
  const time = Date.parse(iso);
  return !Number.isNaN(time) && time < Date.now();
}

declare global {
  interface HTMLElementTagNameMap {
    'fg-notice-view': NoticeView;
  }
}
