import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../components/light-element';
import { t } from '../i18n/i18n';
import type { WebPush } from './web-push';

/**
 * The app's word before the browser's: what notifications bring and a "turn on" button, which is what
 * opens the browser's permission prompt. In the inbox it shows while the worker has not decided (and says
 * how it went); in the profile (`settings`) it always says where notifications stand.
 */
@customElement('fg-push-prompt')
export class PushPrompt extends LightElement {
  @property({ attribute: false }) push!: WebPush;
  /** In the profile: also shown after "not now", and once decided. */
  @property({ type: Boolean }) settings = false;

  private stop: (() => void) | null = null;
  /** The worker answered in this visit: say how it went (in the inbox, only then). */
  private answered = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stop = this.push.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    this.stop?.();
    super.disconnectedCallback();
  }

  protected override render() {
    const state = this.push.state;
    if (state === 'off') return nothing;
    if (state === 'offer' || state === 'asking' || (this.settings && state === 'later')) return this.renderOffer();
    if (!this.settings && !this.answered) return nothing;
    switch (state) {
      case 'on':
        return this.box('success', 'push-on', t('push.on'));
      case 'blocked':
        return this.box('warning', 'push-blocked', t('push.blocked'));
      case 'failed':
        return this.box('warning', 'push-failed', t('push.failed'));
      default:
        return nothing;
    }
  }

  private renderOffer() {
    const asking = this.push.state === 'asking';
    return html`<section class="card push-offer" data-testid="push-offer" aria-labelledby="push-offer-title">
      <h2 id="push-offer-title" class="card__title">${t('push.offerTitle')}</h2>
      <p>${t('push.offerText')}</p>
      <div class="push-offer__actions">
        <button class="button button--primary" type="button" data-testid="push-enable" ?disabled=${asking} @click=${this.enable}>
          ${asking ? t('push.asking') : t('push.enable')}
        </button>
        ${this.settings
          ? nothing
          : html`<button class="button button--secondary" type="button" data-testid="push-later" @click=${this.later}>${t('push.later')}</button>`}
      </div>
    </section>`;
  }

  private box(kind: 'success' | 'warning', testId: string, text: string) {
    return html`<p class="notice-box notice-box--${kind}" data-testid=${testId} role="status">${text}</p>`;
  }

  private async enable(): Promise<void> {
    this.answered = true;
    await this.push.enable();
  }

  private later(): void {
    this.push.later();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fg-push-prompt': PushPrompt;
  }
}
