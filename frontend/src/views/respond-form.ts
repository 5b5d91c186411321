import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { IdempotentSubmission } from '../api/idempotency';
import { isApiError } from '../api/problem';
import { ATTENDANCE_MODES, type AttendanceMode, type Notice, type NoticeResponse, type ResponseKind, type ResponseRequest } from '../api/types';
import type { WorkerApi } from '../api/worker-api';
import { LightElement } from '../components/light-element';
import { formatMoney, t } from '../i18n/i18n';
import { attendanceModeName, respondHeading, respondSubmit, responseKindName } from '../i18n/names';
import { errorMessage } from './errors';
import { responseDetails, statusBadge } from './response-status';

/** The longest application message the server takes (api.md: text ≤ 2000). */
export const MESSAGE_MAX = 2000;
const NOTE_MAX = 2000;

interface Values {
  attendanceMode: AttendanceMode | '';
  message: string;
  expectedSalary: string;
  pickupPoint: string;
  healthDeclared: boolean;
  note: string;
}

type FieldName = keyof Values;

/**
 * The answer to a notice, by its responseKind: RSVP to a job fair, an application to a job posting,
 * a seat on a return bus, or a subsidy application. Once the worker has an active response, it shows
 * that response's status instead. Each submission carries an Idempotency-Key, reused when the same
 * submission is retried, so a double tap or a retry after a lost answer never makes two responses.
 */
@customElement('fg-respond-form')
export class RespondForm extends LightElement {
  @property({ attribute: false }) api!: WorkerApi;
  @property({ attribute: false }) notice!: Notice;
  /** The worker's active response to this notice, when there is one. */
  @property({ attribute: false }) response: NoticeResponse | null = null;

  @state() private values: Values = emptyValues();
  @state() private errors: Partial<Record<FieldName, string>> = {};
  @state() private formError = '';
  @state() private submitting = false;
  @state() private outcome: 'existing' | 'submitted' | 'conflict' = 'existing';

  private submission: IdempotentSubmission<ResponseRequest, NoticeResponse> | null = null;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('notice') && this.notice) {
      const previous = changed.get('notice') as Notice | undefined;
      if (!previous || previous.id !== this.notice.id) this.reset();
    }
  }

  private reset(): void {
    const notice = this.notice;
    this.values = {
      ...emptyValues(),
      attendanceMode: initialAttendance(notice),
      pickupPoint: notice.returnBus?.pickupPoints?.length === 1 ? notice.returnBus.pickupPoints[0] : '',
    };
    this.errors = {};
    this.formError = '';
    this.outcome = 'existing';
    this.submission = new IdempotentSubmission((body, key) => this.api.respond(notice.id, body, key));
  }

  protected override render() {
    if (!this.notice || this.notice.responseKind === 'NONE') return nothing;
    try {
      if (this.response) return this.renderResponse(this.response);
      return this.renderForm(this.notice.responseKind);
    } catch (error) {
      // an answer of another shape than the API document's: say so, and let the notice be read again
      console.error('cannot show the response form', error);
      return html`<div class="state state--error" role="alert">
        <p data-testid="respond-broken">${t('notice.cannotShow')}</p>
        <button class="button button--secondary" type="button" @click=${() => this.dispatchEvent(new CustomEvent('reload', { bubbles: true }))}>
          ${t('common.retry')}
        </button>
      </div>`;
    }
  }

  private renderResponse(response: NoticeResponse) {
    const lead =
      this.outcome === 'conflict'
        ? t('respond.alreadyResponded')
        : this.outcome === 'submitted'
          ? t('respond.received')
          : t('respond.yourResponse');
    return html`<section class="card response-card" data-testid="response-panel" aria-labelledby="response-heading">
      <h2 id="response-heading" class="card__title">${responseKindName(response.kind)}</h2>
      <p class="response-card__lead" role="status">${lead}</p>
      <p class="response-card__status" data-testid="response-status" data-status=${response.status}>${statusBadge(response)}</p>
      ${responseDetails(response)}
      <a class="button button--secondary button--block" href="#/responses">${t('respond.viewMine')}</a>
    </section>`;
  }

  private renderForm(kind: ResponseKind) {
    return html`<form class="card form" novalidate data-testid="respond-form" data-kind=${kind} aria-labelledby="respond-heading" @submit=${this.submit}>
      <h2 id="respond-heading" class="card__title">${respondHeading(kind)}</h2>
      ${this.renderFields(kind)}
      ${this.formError ? html`<p class="notice-box notice-box--error" data-testid="respond-error" role="alert">${this.formError}</p>` : nothing}
      <button class="button button--primary button--block" type="submit" data-testid="respond-submit" ?disabled=${this.submitting} aria-busy=${this.submitting ? 'true' : 'false'}>
        ${this.submitting ? t('respond.submitting') : respondSubmit(kind)}
      </button>
    </form>`;
  }

  private renderFields(kind: ResponseKind): TemplateResult {
    switch (kind) {
      case 'RSVP':
        return this.renderRsvp();
      case 'APPLY':
        return this.renderApply();
      case 'SEAT_BOOKING':
        return this.renderSeatBooking();
      case 'SUBSIDY_APPLICATION':
        return this.renderSubsidy();
    }
  }

  private renderRsvp() {
    const modes = allowedModes(this.notice);
    return html`<fieldset class="field ${this.errors.attendanceMode ? 'field--invalid' : ''}" aria-describedby="respond-attendanceMode-error">
      <legend>${t('respond.attendanceMode')}</legend>
      <div class="choices">
        ${modes.map(
          (mode) => html`<label class="choice">
            <input
              type="radio"
              name="attendanceMode"
              value=${mode}
              data-testid="respond-attendance-${mode.toLowerCase()}"
              .checked=${this.values.attendanceMode === mode}
              aria-invalid=${this.errors.attendanceMode ? 'true' : 'false'}
              @change=${() => this.set('attendanceMode', mode)}
            />
            <span>${attendanceModeName(mode)}</span>
          </label>`,
        )}
      </div>
      ${this.fieldError('attendanceMode')}
    </fieldset>`;
  }

  private renderApply() {
    const length = this.values.message.length;
    return html`<div class="field ${this.errors.message ? 'field--invalid' : ''}">
        <label for="respond-message">${t('respond.message')}</label>
        <textarea
          id="respond-message"
          data-testid="respond-message"
          rows="6"
          maxlength=${MESSAGE_MAX}
          required
          .value=${this.values.message}
          aria-invalid=${this.errors.message ? 'true' : 'false'}
          aria-describedby="respond-message-count respond-message-error"
          @input=${(e: Event) => this.set('message', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p id="respond-message-count" class="field__hint field__hint--end ${length > MESSAGE_MAX ? 'field__hint--over' : ''}" data-testid="respond-message-count">
          ${t('respond.count', { count: length, max: MESSAGE_MAX })}
        </p>
        ${this.fieldError('message')}
      </div>
      <div class="field ${this.errors.expectedSalary ? 'field--invalid' : ''}">
        <label for="respond-expected-salary">${t('respond.expectedSalary')} <span class="muted">${t('common.optional')}</span></label>
        <input
          id="respond-expected-salary"
          data-testid="respond-expected-salary"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${this.values.expectedSalary}
          aria-invalid=${this.errors.expectedSalary ? 'true' : 'false'}
          aria-describedby="respond-expected-salary-hint respond-expectedSalary-error"
          @input=${(e: Event) => this.set('expectedSalary', (e.target as HTMLInputElement).value)}
        />
        <p id="respond-expected-salary-hint" class="field__hint">${t('respond.expectedSalaryHint')}</p>
        ${this.fieldError('expectedSalary')}
      </div>`;
  }

  private renderSeatBooking() {
    const bus = this.notice.returnBus;
    const points = bus?.pickupPoints ?? [];
    const requirement = healthRequirementText(bus?.healthRequirement);
    return html`<div class="field ${this.errors.pickupPoint ? 'field--invalid' : ''}">
        <label for="respond-pickup-point">${t('respond.pickupPoint')}</label>
        <select
          id="respond-pickup-point"
          data-testid="respond-pickup-point"
          required
          aria-invalid=${this.errors.pickupPoint ? 'true' : 'false'}
          aria-describedby="respond-pickupPoint-error"
          @change=${(e: Event) => this.set('pickupPoint', (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${this.values.pickupPoint === ''}>${t('respond.pickupPointChoose')}</option>
          ${points.map((point) => html`<option value=${point} ?selected=${this.values.pickupPoint === point}>${point}</option>`)}
        </select>
        ${this.fieldError('pickupPoint')}
      </div>
      ${requirement !== null
        ? html`<div class="field ${this.errors.healthDeclared ? 'field--invalid' : ''}">
            <p class="notice-box notice-box--info" id="respond-health-requirement">
              <strong>${t('bus.healthRequirement')}</strong><br /><span class="plain-text">${requirement || t('respond.healthGeneric')}</span>
            </p>
            <label class="choice choice--block">
              <input
                type="checkbox"
                data-testid="respond-health-declared"
                required
                .checked=${this.values.healthDeclared}
                aria-invalid=${this.errors.healthDeclared ? 'true' : 'false'}
                aria-describedby="respond-health-requirement respond-healthDeclared-error"
                @change=${(e: Event) => this.set('healthDeclared', (e.target as HTMLInputElement).checked)}
              />
              <span>${t('respond.healthDeclared')}</span>
            </label>
            ${this.fieldError('healthDeclared')}
          </div>`
        : nothing}`;
  }

  private renderSubsidy() {
    const perPerson = this.notice.policy?.amountPerPerson;
    return html`${perPerson != null
        ? html`<p class="form__lead">${t('respond.subsidyAmount', { amount: formatMoney(perPerson) })}</p>`
        : nothing}
      <div class="field ${this.errors.note ? 'field--invalid' : ''}">
        <label for="respond-note">${t('respond.note')} <span class="muted">${t('common.optional')}</span></label>
        <textarea
          id="respond-note"
          data-testid="respond-note"
          rows="4"
          maxlength=${NOTE_MAX}
          .value=${this.values.note}
          aria-invalid=${this.errors.note ? 'true' : 'false'}
          aria-describedby="respond-note-error"
          @input=${(e: Event) => this.set('note', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${this.fieldError('note')}
      </div>`;
  }

  private fieldError(field: FieldName) {
    return html`<p id="respond-${field}-error" class="field__error" data-testid="field-error-${field}">${this.errors[field] ?? ''}</p>`;
  }

  private set<K extends FieldName>(field: K, value: Values[K]): void {
    this.values = { ...this.values, [field]: value };
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
  }

  /** The errors the worker can fix before anything is sent. */
  private validate(): Partial<Record<FieldName, string>> {
    const v = this.values;
    const errors: Partial<Record<FieldName, string>> = {};
    switch (this.notice.responseKind) {
      case 'RSVP':
        if (!v.attendanceMode) errors.attendanceMode = t('respond.attendanceModeRequired');
        break;
      case 'APPLY':
        if (!v.message.trim()) errors.message = t('respond.messageRequired');
        else if (v.message.length > MESSAGE_MAX) errors.message = t('respond.messageTooLong', { max: MESSAGE_MAX });
        if (v.expectedSalary.trim() && parseSalary(v.expectedSalary) === null) errors.expectedSalary = t('respond.expectedSalaryInvalid');
        break;
      case 'SEAT_BOOKING': {
        const bus = this.notice.returnBus;
        if (!v.pickupPoint || !(bus?.pickupPoints ?? []).includes(v.pickupPoint)) errors.pickupPoint = t('respond.pickupPointRequired');
        if (healthRequirementText(bus?.healthRequirement) !== null && !v.healthDeclared) errors.healthDeclared = t('respond.healthRequired');
        break;
      }
      case 'SUBSIDY_APPLICATION':
        if (v.note.length > NOTE_MAX) errors.note = t('respond.messageTooLong', { max: NOTE_MAX });
        break;
    }
    return errors;
  }

  /** The body of POST /notices/{id}/responses for what the form holds. */
  private request(): ResponseRequest | null {
    const v = this.values;
    switch (this.notice.responseKind) {
      case 'RSVP':
        return { kind: 'RSVP', fields: { attendanceMode: v.attendanceMode as AttendanceMode } };
      case 'APPLY': {
        const salary = parseSalary(v.expectedSalary);
        return { kind: 'APPLY', fields: { message: v.message.trim(), ...(salary !== null ? { expectedSalary: salary } : {}) } };
      }
      case 'SEAT_BOOKING': {
        const declared = healthRequirementText(this.notice.returnBus?.healthRequirement) !== null;
        return { kind: 'SEAT_BOOKING', fields: { pickupPoint: v.pickupPoint, ...(declared ? { healthDeclared: true } : {}) } };
      }
      case 'SUBSIDY_APPLICATION':
        return { kind: 'SUBSIDY_APPLICATION', fields: v.note.trim() ? { note: v.note.trim() } : {} };
      default:
        return null;
    }
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.submission) return;
    const errors = this.validate();
    this.errors = errors;
    if (Object.keys(errors).length > 0) {
      this.formError = t('respond.fixErrors');
      await this.focusFirstInvalid();
      return;
    }
    const body = this.request();
    if (!body) return;
    this.formError = '';
    this.submitting = true;
    try {
      const response = await this.submission.submit(body);
      this.show(response, 'submitted');
    } catch (error) {
      await this.failed(error);
    } finally {
      this.submitting = false;
    }
  }

  private async failed(error: unknown): Promise<void> {
    if (isApiError(error) && error.status === 409) {
      // one active response per worker and notice: show the one there is
      const existing = await this.existingResponse(error.problem.raw.response);
      if (existing) {
        this.show(existing, 'conflict');
        return;
      }
    }
    if (isApiError(error) && error.status === 400) {
      const byField = error.fieldErrors();
      const known: Partial<Record<FieldName, string>> = {};
      const other: string[] = [];
      for (const [field, message] of Object.entries(byField)) {
        if (field in emptyValues()) known[field as FieldName] = message;
        else other.push(message);
      }
      this.errors = known;
      this.formError = [error.problem.detail ?? t('respond.fixErrors'), ...other].join(' ');
      await this.focusFirstInvalid();
      return;
    }
    this.formError = isApiError(error) && error.outcomeUnknown ? `${errorMessage(error)} ${t('respond.retrySafe')}` : errorMessage(error);
  }

  private async existingResponse(fromProblem: unknown): Promise<NoticeResponse | null> {
    if (fromProblem && typeof fromProblem === 'object' && 'status' in fromProblem && 'kind' in fromProblem) {
      return fromProblem as NoticeResponse;
    }
    try {
      return await this.api.activeResponseTo(this.notice.id);
    } catch {
      return null;
    }
  }

  private show(response: NoticeResponse, outcome: 'submitted' | 'conflict'): void {
    this.outcome = outcome;
    this.response = response;
    this.dispatchEvent(new CustomEvent<NoticeResponse>('responded', { detail: response, bubbles: true, composed: true }));
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}

function emptyValues(): Values {
  return { attendanceMode: '', message: '', expectedSalary: '', pickupPoint: '', healthDeclared: false, note: '' };
}

/** A whole number of yuan, with separators and full-width digits allowed; null when it is not one. */
export function parseSalary(input: string): number | null {
  const digits = input
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，]/g, '');
  if (!/^\d{1,9}$/.test(digits)) return null;
  return Number(digits);
}

/** The health requirement a passenger declares, or null when the bus asks none. */
export function healthRequirementText(requirement: string | null | undefined): string | null {
  return requirement?.trim() ? requirement : null;
}

/** The ways a worker may attend: the fair's own, or either when it is held both ways. */
function allowedModes(notice: Notice): readonly AttendanceMode[] {
  const mode = notice.jobFair?.mode;
  return mode === 'ONLINE' || mode === 'ONSITE' ? [mode] : ATTENDANCE_MODES;
}

/** The mode the RSVP starts with: the fair's own, unless it is held both ways (then the worker picks). */
function initialAttendance(notice: Notice): AttendanceMode | '' {
  const modes = allowedModes(notice);
  return modes.length === 1 ? modes[0] : '';
}

declare global {
  interface HTMLElementTagNameMap {
    'fg-respond-form': RespondForm;
  }
}
