import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiError } from '../api/problem';
import type { WorkerApi } from '../api/worker-api';
import { LightElement } from '../components/light-element';
import { t } from '../i18n/i18n';
import { formatPhone, normalisePhone } from '../model/phone';
import { errorMessage } from './errors';

/** The server sends one code per phone per minute (api.md), so the resend button waits that long. */
const RESEND_AFTER_SECONDS = 60;

/**
 * Sign-in with the phone: the worker asks for a code by SMS, then enters it. Fires `signed-in` once the
 * tokens are kept.
 */
@customElement('fg-login-view')
export class LoginView extends LightElement {
  @property({ attribute: false }) api!: WorkerApi;

  @state() private step: 'phone' | 'code' = 'phone';
  @state() private phoneInput = '';
  @state() private phone = '';
  @state() private code = '';
  @state() private phoneError = '';
  @state() private codeError = '';
  @state() private message = '';
  @state() private busy = false;
  /** Seconds before another code may be asked for; counts down. */
  @state() private waitSeconds = 0;
  /** Whether the wait comes from a 429 (explained) or from the code just sent (only on the button). */
  @state() private rateLimited = false;
  @state() private codeExpiresInSeconds = 0;

  private waitUntil = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  override disconnectedCallback(): void {
    this.stopCountdown();
    super.disconnectedCallback();
  }

  protected override render() {
    return html`<section class="view view--login" aria-labelledby="login-title">
      <div class="login-hero">
        <div class="login-hero__mark" aria-hidden="true">复</div>
        <h1 id="login-title" tabindex="-1">${t('login.title')}</h1>
        <p class="muted">${t('login.intro')}</p>
      </div>
      ${this.step === 'phone' ? this.renderPhoneStep() : this.renderCodeStep()}
    </section>`;
  }

  private renderPhoneStep() {
    const waiting = this.waitSeconds > 0;
    return html`<form class="card form" novalidate @submit=${this.requestCode}>
      <div class="field ${this.phoneError ? 'field--invalid' : ''}">
        <label for="login-phone">${t('login.phone')}</label>
        <div class="phone-input">
          <span class="phone-input__prefix" aria-hidden="true">+86</span>
          <input
            id="login-phone"
            data-testid="phone-input"
            type="tel"
            inputmode="tel"
            autocomplete="tel-national"
            maxlength="20"
            required
            .value=${this.phoneInput}
            aria-invalid=${this.phoneError ? 'true' : 'false'}
            aria-describedby="login-phone-hint login-phone-error"
            @input=${(e: Event) => {
              this.phoneInput = (e.target as HTMLInputElement).value;
              this.phoneError = '';
            }}
          />
        </div>
        <p id="login-phone-hint" class="field__hint">${t('login.phoneHint')}</p>
        <p id="login-phone-error" class="field__error" data-testid="phone-error" role="alert">${this.phoneError}</p>
      </div>
      ${this.renderWait()} ${this.renderMessage()}
      <button class="button button--primary button--block" type="submit" data-testid="request-code" ?disabled=${this.busy || waiting}>
        ${waiting ? t('login.resendIn', { seconds: this.waitSeconds }) : t('login.requestCode')}
      </button>
      ${this.rateLimited && waiting && normalisePhone(this.phoneInput)
        ? html`<button class="button button--link button--block" type="button" data-testid="have-code" @click=${this.useCodeAlreadySent}>
            ${t('login.haveCode')}
          </button>`
        : nothing}
    </form>`;
  }

  private renderCodeStep() {
    const waiting = this.waitSeconds > 0;
    return html`<form class="card form" novalidate @submit=${this.signIn}>
      <p class="form__lead" data-testid="code-sent">
        ${t('login.codeSent', { phone: formatPhone(this.phone) })}
        ${this.codeExpiresInSeconds ? t('login.codeValid', { minutes: Math.max(1, Math.round(this.codeExpiresInSeconds / 60)) }) : ''}
      </p>
      <div class="field ${this.codeError ? 'field--invalid' : ''}">
        <label for="login-code">${t('login.code')}</label>
        <input
          id="login-code"
          class="input--code"
          data-testid="code-input"
          type="text"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength="8"
          required
          .value=${this.code}
          aria-invalid=${this.codeError ? 'true' : 'false'}
          aria-describedby="login-code-error"
          @input=${(e: Event) => {
            this.code = (e.target as HTMLInputElement).value;
            this.codeError = '';
          }}
        />
        <p id="login-code-error" class="field__error" data-testid="code-error" role="alert">${this.codeError}</p>
      </div>
      ${this.renderWait()} ${this.renderMessage()}
      <button class="button button--primary button--block" type="submit" data-testid="sign-in" ?disabled=${this.busy}>
        ${this.busy ? t('login.signingIn') : t('login.signIn')}
      </button>
      <div class="form__row">
        <button class="button button--link" type="button" data-testid="change-phone" @click=${this.changePhone}>${t('login.changePhone')}</button>
        <button class="button button--link" type="button" data-testid="resend-code" ?disabled=${this.busy || waiting} @click=${this.resend}>
          ${waiting ? t('login.resendIn', { seconds: this.waitSeconds }) : t('login.resend')}
        </button>
      </div>
    </form>`;
  }

  private renderWait() {
    if (!this.rateLimited || this.waitSeconds <= 0) return nothing;
    return html`<p class="notice-box notice-box--warning" data-testid="wait-message" role="status" aria-live="polite">
      ${t('login.wait', { seconds: this.waitSeconds })}
    </p>`;
  }

  private renderMessage() {
    if (!this.message) return nothing;
    return html`<p class="notice-box notice-box--error" data-testid="login-message" role="alert">${this.message}</p>`;
  }

  private async requestCode(event?: Event): Promise<void> {
    event?.preventDefault();
    const phone = normalisePhone(this.phoneInput);
    if (!phone) {
      this.phoneError = this.phoneInput.trim() ? t('login.phoneInvalid') : t('login.phoneRequired');
      this.querySelector<HTMLInputElement>('[data-testid="phone-input"]')?.focus();
      return;
    }
    await this.sendCode(phone);
  }

  private async sendCode(phone: string): Promise<void> {
    this.busy = true;
    this.message = '';
    try {
      const answer = await this.api.requestCode(phone);
      this.phone = phone;
      this.codeExpiresInSeconds = answer?.expiresInSeconds ?? 0;
      this.step = 'code';
      this.code = '';
      this.codeError = '';
      this.rateLimited = false;
      this.startCountdown(RESEND_AFTER_SECONDS);
      await this.updateComplete;
      this.querySelector<HTMLInputElement>('[data-testid="code-input"]')?.focus();
    } catch (error) {
      if (isApiError(error) && error.status === 429) {
        this.rateLimited = true;
        this.startCountdown(error.retryAfterSeconds ?? RESEND_AFTER_SECONDS);
      } else if (isApiError(error) && error.status === 400) {
        const fields = error.fieldErrors();
        if (this.step === 'phone' && fields.phone) this.phoneError = fields.phone;
        else this.message = errorMessage(error);
      } else {
        this.message = errorMessage(error);
      }
    } finally {
      this.busy = false;
    }
  }

  private useCodeAlreadySent(): void {
    const phone = normalisePhone(this.phoneInput);
    if (!phone) return;
    this.phone = phone;
    this.codeExpiresInSeconds = 0;
    this.step = 'code';
  }

  private resend(): void {
    void this.sendCode(this.phone);
  }

  private changePhone(): void {
    this.step = 'phone';
    this.message = '';
    this.codeError = '';
    this.rateLimited = false;
    this.stopCountdown();
    this.waitSeconds = 0;
  }

  private async signIn(event: Event): Promise<void> {
    event.preventDefault();
    const code = this.code.replace(/\s/g, '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    if (!code) {
      this.codeError = t('login.codeRequired');
      return;
    }
    this.busy = true;
    this.message = '';
    try {
      await this.api.signIn(this.phone, code);
      this.stopCountdown();
      this.dispatchEvent(new CustomEvent('signed-in', { bubbles: true, composed: true }));
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        this.codeError = t('login.wrongCode');
      } else if (isApiError(error) && error.status === 400 && error.fieldErrors().code) {
        this.codeError = error.fieldErrors().code;
      } else if (isApiError(error) && error.status === 429) {
        this.message = t('login.wait', { seconds: error.retryAfterSeconds ?? RESEND_AFTER_SECONDS });
      } else {
        this.message = errorMessage(error);
      }
    } finally {
      this.busy = false;
    }
  }

  private startCountdown(seconds: number): void {
    this.stopCountdown();
    this.waitUntil = Date.now() + seconds * 1000;
    this.waitSeconds = seconds;
    if (seconds <= 0) return;
    this.timer = setInterval(() => {
      this.waitSeconds = Math.max(0, Math.ceil((this.waitUntil - Date.now()) / 1000));
      if (this.waitSeconds === 0) {
        this.rateLimited = false;
        this.stopCountdown();
      }
    }, 1000);
  }

  private stopCountdown(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fg-login-view': LoginView;
  }
}
