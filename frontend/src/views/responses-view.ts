import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LocalizedText, NoticeResponse } from '../api/types';
import { isCancellable, type WorkerApi } from '../api/worker-api';
import '../components/confirm-dialog';
import { LightElement } from '../components/light-element';
import { PagedList } from '../components/paged-list';
import { formatDateTime, t } from '../i18n/i18n';
import { responseKindName } from '../i18n/names';
import { localized } from '../model/text';
import { routeHash } from '../router';
import { errorMessage } from './errors';
import { pagedListBody } from './paged-list-body';
import { responseDetails, statusBadge } from './response-status';

/**
 * The worker's responses with their status; those not yet decided can be withdrawn, which frees a bus
 * seat for the next person on the waitlist. Each names its notice: the server's Response carries no
 * title, so the titles are looked up (once per notice) after the list is shown.
 */
@customElement('fg-responses-view')
export class ResponsesView extends LightElement {
  @property({ attribute: false }) api!: WorkerApi;

  private readonly list = new PagedList<NoticeResponse>(
    this,
    (page) => this.api.responses(page),
    (response) => response.id,
    { onPage: (responses) => this.lookUpTitles(responses) },
  );

  @state() private message = '';
  @state() private messageIsError = false;
  @state() private toCancel: NoticeResponse | null = null;
  @state() private cancelling = false;
  /** Titles of the notices responded to, by notice id, as looked up. */
  @state() private titles: ReadonlyMap<string, LocalizedText> = new Map();

  /** Notices whose title is being or was looked up. */
  private readonly titleLookups = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  load(): Promise<void> {
    return this.list.load();
  }

  /** Fetches the notice of each response that came without its title, one request per notice. */
  private lookUpTitles(responses: NoticeResponse[]): void {
    for (const response of responses) {
      const id = response.noticeId;
      if (!id || this.titleLookups.has(id)) continue;
      this.titleLookups.add(id);
      this.api
        .notice(id)
        .then((notice) => {
          this.titles = new Map(this.titles).set(id, notice.title);
        })
        .catch(() => {
          // recalled, or out of reach for now: the response is shown without its title (a reload tries again)
          this.titleLookups.delete(id);
        });
    }
  }

  protected override render() {
    return html`<section class="view" aria-labelledby="responses-title" aria-busy=${this.list.loading ? 'true' : 'false'}>
      <header class="view__header">
        <h1 id="responses-title" tabindex="-1">${t('responses.title')}</h1>
      </header>
      ${this.message
        ? html`<p class="notice-box ${this.messageIsError ? 'notice-box--error' : 'notice-box--success'}" data-testid="responses-message" role=${this.messageIsError ? 'alert' : 'status'}>
            ${this.message}
          </p>`
        : nothing}
      ${this.renderBody()}
      <fg-confirm-dialog
        .open=${this.toCancel !== null}
        .busy=${this.cancelling}
        .message=${this.toCancel ? confirmText(this.toCancel) : ''}
        .okLabel=${t('responses.cancelConfirmOk')}
        .cancelLabel=${t('responses.keep')}
        @confirm=${this.cancelConfirmed}
        @cancel=${() => (this.toCancel = null)}
      ></fg-confirm-dialog>
    </section>`;
  }

  private renderBody() {
    return pagedListBody(this.list, {
      testIdPrefix: 'responses',
      empty: html`<p class="state__title">${t('responses.empty')}</p>
        <p class="muted">${t('responses.emptyHint')}</p>
        <a class="button button--secondary" href="#/inbox">${t('responses.toInbox')}</a>`,
      item: (response) => this.renderItem(response),
    });
  }

  private renderItem(response: NoticeResponse) {
    const title = localized(this.titles.get(response.noticeId));
    return html`<li class="card response-item" data-testid="response-item" data-response-id=${response.id} data-status=${response.status}>
      <div class="list-item__top">
        <span class="badge badge--kind">${responseKindName(response.kind)}</span>
        <span data-testid="response-status">${statusBadge(response)}</span>
      </div>
      ${title ? html`<h2 class="list-item__title" data-testid="response-notice-title">${title}</h2>` : nothing}
      ${response.createdAt ? html`<p class="muted">${t('responses.submittedAt', { date: formatDateTime(response.createdAt) })}</p>` : nothing}
      ${responseDetails(response)}
      <div class="response-item__actions">
        <a class="button button--secondary" href=${routeHash({ name: 'notice', id: response.noticeId })} data-testid="open-notice">${t('responses.openNotice')}</a>
        ${isCancellable(response)
          ? html`<button class="button button--danger-outline" type="button" data-testid="cancel-response" @click=${() => (this.toCancel = response)}>
              ${t('responses.cancel')}
            </button>`
          : nothing}
      </div>
    </li>`;
  }

  private async cancelConfirmed(): Promise<void> {
    const target = this.toCancel;
    if (!target || this.cancelling) return;
    this.cancelling = true;
    try {
      await this.api.cancelResponse(target.id);
      this.list.changeEach((r) => (r.id === target.id ? { ...r, status: 'CANCELLED', waitlistPosition: null } : r));
      this.showMessage(t('responses.cancelled'), false);
    } catch (error) {
      this.showMessage(errorMessage(error), true);
    } finally {
      this.cancelling = false;
      this.toCancel = null;
    }
  }

  private showMessage(message: string, isError: boolean): void {
    this.message = message;
    this.messageIsError = isError;
  }
}

function confirmText(response: NoticeResponse): string {
  return response.kind === 'SEAT_BOOKING' ? t('responses.cancelConfirmSeat') : t('responses.cancelConfirm');
}

declare global {
  interface HTMLElementTagNameMap {
    'fg-responses-view': ResponsesView;
  }
}
