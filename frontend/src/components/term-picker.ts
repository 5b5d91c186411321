import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Term } from '../api/reference-api';
import { t } from '../i18n/i18n';
import { findTerms, nameOf } from '../model/reference';
import { LightElement } from './light-element';

/**
 * Picks several entries of a reference list (industries, skills) by what the worker types: Chinese,
 * pinyin initials ("dg" for 电工) or English. Chosen entries show as chips with their names; the value
 * is their codes. A code the list does not know (kept from older data) shows as it is and can be removed.
 * Fires `codes-changed` with the new codes.
 */
@customElement('fg-term-picker')
export class TermPicker extends LightElement {
  /** Base of the ids and test ids: the input is `#{pickerId}`, its options `{pickerId}-option`. */
  @property() pickerId = 'picker';
  @property() label = '';
  @property() hint = '';
  @property() error = '';
  @property({ attribute: false }) terms: readonly Term[] = [];
  /** What to offer before anything is typed. */
  @property({ attribute: false }) initial: readonly Term[] = [];
  @property({ attribute: false }) value: readonly string[] = [];
  /** A second line under a suggestion: the section of a division, the group of a trade. */
  @property({ attribute: false }) detail: (term: Term) => string = () => '';

  @state() private query = '';
  @state() private open = false;
  @state() private active = 0;

  protected override render() {
    const id = this.pickerId;
    const suggestions = this.suggestions();
    const expanded = this.open && suggestions.length > 0;
    return html`<div class="field picker ${this.error ? 'field--invalid' : ''}">
      <label for=${id}>${this.label}</label>
      ${this.renderChips()}
      <div class="picker__box">
        <input
          id=${id}
          data-testid=${id}
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="${id}-options"
          aria-activedescendant=${expanded ? `${id}-option-${this.active}` : nothing}
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby="${id}-hint ${id}-error"
          .value=${this.query}
          @input=${(e: Event) => this.typed((e.target as HTMLInputElement).value)}
          @focus=${() => (this.open = true)}
          @blur=${() => (this.open = false)}
          @keydown=${this.keydown}
        />
        ${expanded ? this.renderSuggestions(suggestions) : nothing}
        ${this.open && this.query.trim() && suggestions.length === 0
          ? html`<p class="picker__none" role="status" data-testid="${id}-none">${t('picker.none')}</p>`
          : nothing}
      </div>
      ${this.hint ? html`<p id="${id}-hint" class="field__hint">${this.hint}</p>` : nothing}
      <p id="${id}-error" class="field__error" data-testid="${id}-error">${this.error}</p>
    </div>`;
  }

  /** The chosen entries by name, each with a button that takes it out. */
  private renderChips() {
    if (this.value.length === 0) return nothing;
    const id = this.pickerId;
    return html`<ul class="chips" aria-label=${this.label} data-testid="${id}-chips">
      ${this.value.map(
        (code) => html`<li class="chip" data-testid="${id}-chip" data-code=${code}>
          <span>${nameOf(this.terms, code)}</span>
          <button
            type="button"
            class="chip__remove"
            aria-label=${t('picker.remove', { name: nameOf(this.terms, code) })}
            @click=${() => this.removeCode(code)}
          >
            ×
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private renderSuggestions(suggestions: readonly Term[]) {
    const id = this.pickerId;
    return html`<ul id="${id}-options" class="picker__list" role="listbox" aria-label=${this.label} data-testid="${id}-options">
      ${suggestions.map(
        (term, i) => html`<li
          id="${id}-option-${i}"
          class="picker__option ${i === this.active ? 'picker__option--active' : ''}"
          role="option"
          aria-selected=${i === this.active ? 'true' : 'false'}
          data-testid="${id}-option"
          data-code=${term.code}
          @mousedown=${(e: Event) => e.preventDefault()}
          @click=${() => this.addCode(term.code)}
        >
          <span>${nameOf(this.terms, term.code)}</span>
          ${this.detail(term) ? html`<span class="picker__detail">${this.detail(term)}</span>` : nothing}
        </li>`,
      )}
    </ul>`;
  }

  /** What matches the query, without what is chosen already. */
  private suggestions(): Term[] {
    const chosen = new Set(this.value);
    const pool = this.query.trim() ? findTerms(this.terms, this.query, 20 + chosen.size) : this.initial;
    return pool.filter((term) => !chosen.has(term.code)).slice(0, 20);
  }

  private typed(query: string): void {
    this.query = query;
    this.open = true;
    this.active = 0;
  }

  private keydown(event: KeyboardEvent): void {
    const suggestions = this.suggestions();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.open = true;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = suggestions.length ? (this.active + step + suggestions.length) % suggestions.length : 0;
    } else if (event.key === 'Enter') {
      // Enter chooses a suggestion; it never submits the profile half-typed
      event.preventDefault();
      const term = suggestions[this.active];
      if (this.open && term) this.addCode(term.code);
    } else if (event.key === 'Escape') {
      this.open = false;
    } else if (event.key === 'Backspace' && this.query === '' && this.value.length > 0) {
      this.removeCode(this.value[this.value.length - 1]);
    }
  }

  private addCode(code: string): void {
    if (!this.value.includes(code)) this.changed([...this.value, code]);
    this.query = '';
    this.active = 0;
    this.open = false;
  }

  private removeCode(code: string): void {
    this.changed(this.value.filter((c) => c !== code));
  }

  private changed(codes: string[]): void {
    this.value = codes;
    this.dispatchEvent(new CustomEvent<string[]>('codes-changed', { detail: codes, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fg-term-picker': TermPicker;
  }
}
