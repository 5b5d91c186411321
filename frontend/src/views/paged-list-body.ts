import { html, nothing, type TemplateResult } from 'lit';
import type { PagedList } from '../components/paged-list';
import { t } from '../i18n/i18n';

export interface PagedListLook<T> {
  /** Prefix of the test ids: `<prefix>-error`, `<prefix>-empty`, `<prefix>-load-more`. */
  testIdPrefix: string;
  /** What an empty list says (inside the empty state's box). */
  empty: TemplateResult;
  item: (item: T) => unknown;
}

/** A paged list as a worker sees it: loading, what went wrong (with a retry), empty, or the rows and "load more". */
export function pagedListBody<T>(list: PagedList<T>, look: PagedListLook<T>) {
  if (list.loading && list.items.length === 0) {
    return html`<p class="state state--loading" data-testid="loading" role="status">${t('common.loading')}</p>`;
  }
  if (list.error) {
    return html`<div class="state state--error" role="alert">
      <p data-testid="${look.testIdPrefix}-error">${list.error}</p>
      <button class="button button--secondary" type="button" @click=${() => list.load()}>${t('common.retry')}</button>
    </div>`;
  }
  if (list.items.length === 0) {
    return html`<div class="state state--empty" data-testid="${look.testIdPrefix}-empty">${look.empty}</div>`;
  }
  let rows: unknown[];
  try {
    rows = list.items.map((item) => look.item(item));
  } catch (error) {
    // rows of another shape than the API document's: an error with a retry, never a stuck screen
    console.error('cannot show the list', error);
    return html`<div class="state state--error" role="alert">
      <p data-testid="${look.testIdPrefix}-error">${t('error.unexpectedAnswer')}</p>
      <button class="button button--secondary" type="button" @click=${() => list.load()}>${t('common.retry')}</button>
    </div>`;
  }
  return html`<ul class="list" role="list">
      ${rows}
    </ul>
    ${list.moreError ? html`<p class="notice-box notice-box--error" role="alert">${list.moreError}</p>` : nothing}
    ${list.nextCursor
      ? html`<button class="button button--secondary button--block" type="button" data-testid="${look.testIdPrefix}-load-more" ?disabled=${list.loadingMore} @click=${() => list.loadMore()}>
          ${list.loadingMore ? t('common.loading') : t('common.loadMore')}
        </button>`
      : html`<p class="list-end muted">${t('common.noMore')}</p>`}`;
}
