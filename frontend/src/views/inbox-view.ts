import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { InboxItem } from '../api/types';
import type { WorkerApi } from '../api/worker-api';
import { LightElement } from '../components/light-element';
import { PagedList } from '../components/paged-list';
import { formatDateTime, onLocaleChange, t } from '../i18n/i18n';
import { cssToken, noticeTypeName } from '../i18n/names';
import { isProfileComplete } from '../model/profile';
import { localized } from '../model/text';
import { routeHash } from '../router';
import { pagedListBody } from './paged-list-body';

/** The worker's notices, newest first, unread ones marked; a page at a time. */
@customElement('fg-inbox-view')
export class InboxView extends LightElement {
  @property({ attribute: false }) api!: WorkerApi;

  private readonly list = new PagedList<InboxItem>(
    this,
    (page) => this.api.inbox(page),
    (item) => item.noticeId,
    { onPage: (items) => this.explainIfEmpty(items) },
  );

  /** Why the inbox is empty: the profile lacks what notices target (true), or nothing was sent yet (false). */
  @state() private profileIncomplete: boolean | null = null;

  private stopLocale: (() => void) | null = null;
  private readonly onPushed = () => void this.load();

  override connectedCallback(): void {
    super.connectedCallback();
    // the server writes titles and summaries in the language asked for
    this.stopLocale = onLocaleChange(() => void this.load());
    // a push while the app is in front: the notice is in the inbox now
    window.addEventListener('fugong:pushed', this.onPushed);
    void this.load();
  }

  override disconnectedCallback(): void {
    this.stopLocale?.();
    window.removeEventListener('fugong:pushed', this.onPushed);
    super.disconnectedCallback();
  }

  load(): Promise<void> {
    return this.list.load();
  }

  private async explainIfEmpty(items: InboxItem[]): Promise<void> {
    if (items.length > 0 || this.list.items.length > 0) return;
    try {
      this.profileIncomplete = !isProfileComplete(await this.api.me());
    } catch {
      this.profileIncomplete = null;
    }
  }

  protected override render() {
    const unread = this.list.items.filter((item) => !item.readAt).length;
    return html`<section class="view" aria-labelledby="inbox-title" aria-busy=${this.list.loading ? 'true' : 'false'}>
      <header class="view__header">
        <h1 id="inbox-title" tabindex="-1">${t('inbox.title')}</h1>
        ${unread > 0 ? html`<span class="count-pill" data-testid="unread-count">${t('inbox.unreadCount', { n: unread })}</span>` : nothing}
        <button class="button button--icon" type="button" data-testid="inbox-refresh" aria-label=${t('common.refresh')} ?disabled=${this.list.loading} @click=${() => this.load()}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M17.65 6.35A7.95 7.95 0 0 0 12 4a8 8 0 1 0 7.73 10h-2.08A6 6 0 1 1 12 6c1.66 0 3.14.69 4.22 1.78L13 11h7V4z"/></svg>
        </button>
      </header>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody() {
    return pagedListBody(this.list, {
      testIdPrefix: 'inbox',
      empty: this.renderEmpty(),
      item: (item) => this.renderItem(item),
    });
  }

  private renderEmpty() {
    const incomplete = this.profileIncomplete;
    const hint = incomplete === true ? t('inbox.emptyProfileIncomplete') : incomplete === false ? t('inbox.emptyNothingYet') : t('inbox.emptyHint');
    return html`<p class="state__title">${t('inbox.empty')}</p>
      <p class="muted" data-testid="inbox-empty-reason" data-reason=${incomplete === true ? 'profile' : incomplete === false ? 'nothing-yet' : 'unknown'}>${hint}</p>
      <a class="button ${incomplete === true ? 'button--primary' : 'button--secondary'}" href="#/profile" data-testid="inbox-to-profile">
        ${incomplete === true ? t('inbox.completeProfile') : t('inbox.checkProfile')}
      </a>`;
  }

  private renderItem(item: InboxItem) {
    const unread = !item.readAt;
    const summary = localized(item.summary);
    return html`<li>
      <a
        class="list-item ${unread ? 'list-item--unread' : ''}"
        href=${routeHash({ name: 'notice', id: item.noticeId })}
        data-testid="inbox-item"
        data-notice-id=${item.noticeId}
        data-unread=${unread ? 'true' : 'false'}
      >
        <div class="list-item__top">
          <span class="badge badge--type badge--${cssToken(item.type)}">${noticeTypeName(item.type)}</span>
          ${unread ? html`<span class="unread-dot" role="img" aria-label=${t('inbox.unread')}></span>` : nothing}
          <time class="list-item__date muted" datetime=${item.publishedAt ?? ''}>${formatDateTime(item.publishedAt)}</time>
        </div>
        <h2 class="list-item__title">${localized(item.title)}</h2>
        ${summary ? html`<p class="list-item__summary">${summary}</p>` : nothing}
        ${item.respondBy
          ? html`<p class="list-item__deadline">${t('inbox.respondBy', { date: formatDateTime(item.respondBy) })}</p>`
          : nothing}
      </a>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fg-inbox-view': InboxView;
  }
}
