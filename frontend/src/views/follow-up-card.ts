import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiError } from '../api/problem';
import type { FollowUp, WorkStatus } from '../api/types';
import type { WorkerApi } from '../api/worker-api';
import { LightElement } from '../components/light-element';
import { formatDateTime, t } from '../i18n/i18n';
import { errorMessage } from './errors';

const NOTE_MAX = 500;

/**
 * The check after arrival on a return bus's page ("still at work? anything we can help with?"): the
 * latest one asked, answered with one tap (still at work, or left), with an optional "I need help" and
 * a few words; once answered, the answer. Nothing when no check was asked.
 */
@customElement('fg-follow-up-card')
export class FollowUpCard extends LightElement {
  @property({ attribute: false }) api!: WorkerApi;
  @property() noticeId = '';

  @state() private check: FollowUp | null = null;
  @state() private needHelp = false;
  @state() private note = '';
  @state() private busy = false;
  @state() private error = '';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('noticeId') && this.noticeId) void this.load();
  }

  async load(): Promise<void> {
    const id = this.noticeId;
    try {
      const checks = await this.api.followUps(id);
      if (id === this.noticeId) this.check = checks[0] ?? null;
    } catch {
      // the trip's page works without its check; the inbox shows it again
    }
  }

  private async answer(status: WorkStatus): Promise<void> {
    const check = this.check;
    if (!check?.id || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      const note = this.note.trim();
      this.check = await this.api.answerFollowUp(check.id, { status, needHelp: this.needHelp, note: note || null });
    } catch (error) {
      if (isApiError(error) && error.status === 409) await this.load();
      else this.error = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const check = this.check;
    if (!check) return nothing;
    if (check.answeredAt) {
      return html`<section class="notice-box notice-box--success follow-up" data-testid="follow-up-answered">
        <p><strong>${t('followUp.title', { day: check.day ?? 1 })}</strong></p>
        <p data-testid="follow-up-answer">${t(check.status === 'LEFT' ? 'followUp.answered.left' : 'followUp.answered.atWork', {
          date: formatDateTime(check.answeredAt),
        })}</p>
        ${check.needHelp ? html`<p data-testid="follow-up-help">${t('followUp.answered.help')}</p>` : nothing}
      </section>`;
    }
    return html`<section class="notice-box notice-box--info follow-up" data-testid="follow-up" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title" class="follow-up__title">${t('followUp.title', { day: check.day ?? 1 })}</h2>
      <p>${t('followUp.question')}</p>
      <label class="choice choice--block">
        <input type="checkbox" data-testid="follow-up-need-help" .checked=${this.needHelp}
          @change=${(e: Event) => (this.needHelp = (e.target as HTMLInputElement).checked)} />
        <span>${t('followUp.needHelp')}</span>
      </label>
      <div class="field">
        <label for="follow-up-note">${t('followUp.note')} <span class="muted">${t('common.optional')}</span></label>
        <textarea id="follow-up-note" data-testid="follow-up-note" maxlength=${NOTE_MAX} rows="2" .value=${this.note}
          @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      ${this.error ? html`<p class="field__error" role="alert" data-testid="follow-up-error">${this.error}</p>` : nothing}
      <div class="follow-up__actions">
        <button class="button button--primary" type="button" data-testid="follow-up-at-work" ?disabled=${this.busy}
          @click=${() => this.answer('AT_WORK')}>${t('followUp.atWork')}</button>
        <button class="button button--secondary" type="button" data-testid="follow-up-left" ?disabled=${this.busy}
          @click=${() => this.answer('LEFT')}>${t('followUp.left')}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fg-follow-up-card': FollowUpCard;
  }
}
