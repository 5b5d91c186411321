import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/i18n';
import { LightElement } from './light-element';

/**
 * A modal question with OK and Cancel. Fires `confirm` or `cancel`; Escape and a tap outside cancel.
 * Built by hand rather than on <dialog>, whose showModal is still missing from some WebViews.
 */
@customElement('fg-confirm-dialog')
export class ConfirmDialog extends LightElement {
  @property({ type: Boolean }) open = false;
  @property() message = '';
  @property() okLabel = '';
  @property() cancelLabel = '';
  @property({ type: Boolean }) busy = false;

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (this.open && event.key === 'Escape') this.cancel();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onKeyDown);
    super.disconnectedCallback();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('open') && this.open) {
      this.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.focus();
    }
  }

  protected override render() {
    if (!this.open) return nothing;
    return html`<div class="dialog-backdrop" @click=${this.onBackdrop}>
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="confirm-message">
        <p id="confirm-message" class="dialog__message">${this.message}</p>
        <div class="dialog__actions">
          <button type="button" class="button button--secondary" data-testid="confirm-cancel" ?disabled=${this.busy} @click=${this.cancel}>
            ${this.cancelLabel || t('common.cancel')}
          </button>
          <button type="button" class="button button--danger" data-testid="confirm-ok" ?disabled=${this.busy} @click=${this.confirm}>
            ${this.okLabel || t('common.ok')}
          </button>
        </div>
      </div>
    </div>`;
  }

  private onBackdrop(event: Event): void {
    if (event.target === event.currentTarget && !this.busy) this.cancel();
  }

  private confirm(): void {
    this.dispatchEvent(new CustomEvent('confirm', { bubbles: true, composed: true }));
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('cancel', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fg-confirm-dialog': ConfirmDialog;
  }
}
