import type { ReactiveControllerHost } from 'lit';
import type { PageRequest } from '../api/worker-api';
import { errorMessage } from '../views/errors';

/** One page of a cursor-paged list, as every list call answers it (`CursorPage…` in the API document). */
export interface Paged<T> {
  items: T[];
  nextCursor?: string | null;
}

/**
 * A list read a page at a time with the server's cursor: the first page, "load more", and what went
 * wrong with either. A reload while a page is on its way wins; rows already shown are not repeated.
 * Each change asks the host element to render again.
 */
export class PagedList<T> {
  items: T[] = [];
  nextCursor: string | null = null;
  loading = false;
  loadingMore = false;
  error = '';
  moreError = '';

  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPage: (page: PageRequest) => Promise<Paged<T>>,
    private readonly keyOf: (item: T) => string,
    private readonly options: { pageSize?: number; onPage?: (items: T[]) => void } = {},
  ) {}

  private get pageSize(): number {
    return this.options.pageSize ?? 20;
  }

  /** (Re)reads the first page. */
  async load(): Promise<void> {
    const generation = ++this.generation;
    this.set({ loading: true, error: '', moreError: '' });
    try {
      const page = await this.fetchPage({ limit: this.pageSize });
      if (generation !== this.generation) return;
      this.set({ items: page.items, nextCursor: page.nextCursor ?? null });
      this.options.onPage?.(page.items);
    } catch (error) {
      if (generation !== this.generation) return;
      this.set({ error: errorMessage(error) });
    } finally {
      if (generation === this.generation) this.set({ loading: false });
    }
  }

  /** Appends the next page, if there is one and it is not on its way already. */
  async loadMore(): Promise<void> {
    if (!this.nextCursor || this.loadingMore) return;
    const generation = this.generation;
    this.set({ loadingMore: true, moreError: '' });
    try {
      const page = await this.fetchPage({ cursor: this.nextCursor, limit: this.pageSize });
      if (generation !== this.generation) return;
      const known = new Set(this.items.map(this.keyOf));
      this.set({ items: [...this.items, ...page.items.filter((item) => !known.has(this.keyOf(item)))], nextCursor: page.nextCursor ?? null });
      this.options.onPage?.(page.items);
    } catch (error) {
      this.set({ moreError: errorMessage(error) });
    } finally {
      this.set({ loadingMore: false });
    }
  }

  /** Changes rows in place, e.g. after the worker cancelled one. */
  changeEach(change: (item: T) => T): void {
    this.set({ items: this.items.map(change) });
  }

  private set(changes: Partial<Pick<PagedList<T>, 'items' | 'nextCursor' | 'loading' | 'loadingMore' | 'error' | 'moreError'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }
}
