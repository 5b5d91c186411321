import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { InboxItem } from '../api/types';
import type { WorkerApi } from '../api/worker-api';
import { LightElement } from '../components/light-element';
import { formatDateTime, label, onLocaleChange, t } from '../i18n/i18n';
import { localized } from '../model/text';
import { routeHash } from '../router';
import { errorMessage } from './errors';

const PAGE_SIZE = 20;

/** The worker's notices, newest first, unread ones marked; a page at a time. */
@customElement('fg-inbox-view')
export class InboxView extends LightElement {
  @property({ attribute: false }) api!: WorkerApi;

  @state() private items: InboxItem[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loading = false;
  @state() private loadingMore = false;
  @state() private error = '';
  @state() private moreError = '';

  private stopLocale: (() => void) | null = null;
  private generation = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // the server writes titles and summaries in the language asked for
    this.stopLocale = onLocaleChange(() => void this.load());
    void this.load();
  }

  override disconnectedCallback(): void {
    this.stopLocale?.();
    super.disconnectedCallback();
  }

  async load(): Promise<void> {
    const generation = ++this.generation;
    this.loading = true;
    this.error = '';
    this.moreError = '';
    try {
      const page = await this.api.inbox({ limit: PAGE_SIZE });
      if (generation !== this.generation) return;
      this.items = page.items;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      if (generation !== this.generation) return;
      this.error = errorMessage(error);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  private async loadMore(): Promise<void> {
    if (!this.nextCursor || this.loadingMore) return;
    const generation = this.generation;
    this.loadingMore = true;
    this.moreError = '';
    try {
      const page = await this.api.inbox({ cursor: this.nextCursor, limit: PAGE_SIZE });
      if (generation !== this.generation) return;
      const known = new Set(this.items.map((item) => item.noticeId));
      this.items = [...this.items, ...page.items.filter((item) => !known.has(item.noticeId))];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.moreError = errorMessage(error);
    } finally {
      this.loadingMore = false;
    }
  }

  protected override render() {
    const unread = this.items.filter((item) => !item.readAt).length;
    return html`<section class="view" aria-labelledby="inbox-title" aria-busy=${this.loading ? 'true' : 'false'}>
      <header class="view__header">
        <h1 id="inbox-title" tabindex="-1">${t('inbox.title')}</h1>
        ${unread > 0 ? html`<span class="count-pill" data-testid="unread-count">${t('inbox.unreadCount', { n: unread })}</span>` : nothing}
        <button class="button button--icon" type="button" data-testid="inbox-refresh" aria-label=${t('common.refresh')} ?disabled=${this.loading} @click=${() => this.load()}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M17.65 6.35A7.95 7.95 0 0 0 12 4a8 8 0 1 0 7.73 10h-2.08A6 6 0 1 1 12 6c1.66 0 3.14.69 4.22 1.78L13 11h7V4z"/></svg>
        </button>
      </header>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody() {
    if (this.loading && this.items.length === 0) {
      return html`<p class="state state--loading" data-testid="loading" role="status">${t('common.loading')}</p>`;
    }
    if (this.error) {
      return html`<div class="state state--error" role="alert">
        <p data-testid="inbox-error">${this.error}</p>
        <button class="button button--secondary" type="button" @click=${() => this.load()}>${t('common.retry')}</button>
      </div>`;
    }
    if (this.items.length === 0) {
      return html`<div class="state state--empty" data-testid="inbox-empty">
        <p class="state__title">${t('inbox.empty')}</p>
        <p class="muted">${t('inbox.emptyHint')}</p>
      </div>`;
    }
    return html`<ul class="list" role="list">
        ${this.items.map((item) => this.renderItem(item))}
      </ul>
      ${this.moreError ? html`<p class="notice-box notice-box--error" role="alert">${this.moreError}</p>` : nothing}
      ${this.nextCursor
        ? html`<button class="button button--secondary button--block" type="button" data-testid="inbox-load-more" ?disabled=${this.loadingMore} @click=${this.loadMore}>
            ${this.loadingMore ? t('common.loading') : t('common.loadMore')}
          </button>`
        : html`<p class="list-end muted">${t('common.noMore')}</p>`}`;
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
          <span class="badge badge--type badge--${item.type.toLowerCase().replaceAll('_', '-')}">${label('type', item.type)}</span>
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
