import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiError } from '../api/problem';
import { EMPLOYMENT_STATUSES, NOTICE_TYPES, type EmploymentStatus, type NoticeType, type Worker, type WorkerUpdate } from '../api/types';
import type { WorkerApi } from '../api/worker-api';
import '../push/push-prompt';
import type { WebPush } from '../push/web-push';
import { LightElement } from '../components/light-element';
import { getLocale, LOCALES, onLocaleChange, setLocale, t, toLocale, type Locale } from '../i18n/i18n';
import { employmentStatusName, localeName, noticeTypeName } from '../i18n/names';
import '../components/term-picker';
import type { Industry, Skill, Term } from '../api/reference-api';
import { formatPhone } from '../model/phone';
import { loadReference, nameOf, type Reference } from '../model/reference';
import { errorMessage } from './errors';
import { renderStudentFields, studentUpdateOf } from './student-fields';

interface Draft {
  name: string;
  province: string;
  city: string;
  district: string;
  industries: string[];
  skills: string[];
  employmentStatus: EmploymentStatus | '';
  locale: Locale;
  subscriptions: NoticeType[];
  school: string;
  graduationYear: string;
}

type DraftField = keyof Draft;

/** Which draft field shows the server's message for a field of PUT /me. */
const SERVER_FIELDS: Record<string, DraftField> = {
  name: 'name',
  hometown: 'province',
  'hometown.province': 'province',
  'hometown.city': 'city',
  district: 'district',
  industries: 'industries',
  skills: 'skills',
  employmentStatus: 'employmentStatus',
  locale: 'locale',
  subscriptions: 'subscriptions',
  school: 'school',
  graduationYear: 'graduationYear',
};

/**
 * The worker's profile, which decides which notices reach them (hometown, district, industries, skills,
 * employment status) and which of those are pushed (subscriptions); and signing out.
 */
@customElement('fg-profile-view')
export class ProfileView extends LightElement {
  @property({ attribute: false }) api!: WorkerApi;
  /** Web pushes for this browser: where they stand, and turning them on (none in tests that do not care). */
  @property({ attribute: false }) push: WebPush | null = null;

  @state() private worker: Worker | null = null;
  @state() private reference: Reference | null = null;
  @state() private draft: Draft | null = null;
  @state() private loading = false;
  @state() private loadError = '';
  @state() private errors: Partial<Record<DraftField, string>> = {};
  @state() private formError = '';
  @state() private saving = false;
  @state() private saved = false;
  @state() private schools: readonly string[] = [];

  private stopLocale: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // the header's language switch changes the profile too; keep the form in step
    this.stopLocale = onLocaleChange((locale) => {
      if (this.draft) this.draft = { ...this.draft, locale };
    });
    void this.load();
  }

  override disconnectedCallback(): void {
    this.stopLocale?.();
    super.disconnectedCallback();
  }

  async load(): Promise<void> {
    this.loading = true;
    this.loadError = '';
    try {
      const [worker, reference] = await Promise.all([this.api.me(), loadReference(this.api.client)]);
      this.reference = reference;
      this.worker = worker;
      this.draft = draftOf(worker);
      this.api.schools('').then((names) => (this.schools = names), () => undefined);
    } catch (error) {
      this.loadError = errorMessage(error);
    } finally {
      this.loading = false;
    }
  }

  protected override render() {
    return html`<section class="view" aria-labelledby="profile-title" aria-busy=${this.loading ? 'true' : 'false'}>
      <header class="view__header">
        <h1 id="profile-title" tabindex="-1">${t('profile.title')}</h1>
      </header>
      ${this.renderBody()}
      ${this.push ? html`<fg-push-prompt settings .push=${this.push}></fg-push-prompt>` : nothing}
      <div class="card sign-out">
        <button class="button button--danger-outline button--block" type="button" data-testid="sign-out" @click=${this.signOut}>
          ${t('profile.signOut')}
        </button>
      </div>
    </section>`;
  }

  private renderBody() {
    if (this.loading && !this.draft) return html`<p class="state state--loading" data-testid="loading" role="status">${t('common.loading')}</p>`;
    if (this.loadError) {
      return html`<div class="state state--error" role="alert">
        <p data-testid="profile-error">${this.loadError}</p>
        <button class="button button--secondary" type="button" @click=${() => this.load()}>${t('common.retry')}</button>
      </div>`;
    }
    const draft = this.draft;
    const reference = this.reference;
    if (!draft || !reference) return nothing;
    const cities = reference.regions.citiesOf(draft.province);
    return html`<form class="card form" novalidate data-testid="profile-form" @submit=${this.save}>
      ${this.worker?.phone
        ? html`<div class="field">
            <span class="field__label">${t('profile.phone')}</span>
            <p class="field__static" data-testid="profile-phone">${formatPhone(this.worker.phone)}</p>
          </div>`
        : nothing}
      ${this.textField('name', 'profile-name', t('profile.name'), { autocomplete: 'name', maxlength: 50 })}
      <fieldset class="field-group">
        <legend>${t('profile.hometown')}</legend>
        <div class="field ${this.errors.province ? 'field--invalid' : ''}">
          <label for="profile-province">${t('profile.province')}</label>
          <select
            id="profile-province"
            data-testid="profile-province"
            aria-invalid=${this.errors.province ? 'true' : 'false'}
            aria-describedby="profile-province-error"
            @change=${(e: Event) => this.setProvince((e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${draft.province === ''}>${t('profile.choose')}</option>
            ${provincesWith(reference.regions.provinces, draft.province).map(
              (p) => html`<option value=${p} ?selected=${draft.province === p}>${p}</option>`,
            )}
          </select>
          ${this.fieldError('province')}
        </div>
        ${this.textField('city', 'profile-city', t('profile.city'), { list: 'profile-city-options', autocomplete: 'off', maxlength: 30 })}
        <datalist id="profile-city-options">${cities.map((c) => html`<option value=${c}></option>`)}</datalist>
      </fieldset>
      ${this.textField('district', 'profile-district', t('profile.district'), { hint: t('profile.districtHint'), maxlength: 30 })}
      <fg-term-picker
        pickerId="profile-industries"
        .label=${t('profile.industries')}
        .hint=${t('profile.industriesHint')}
        .error=${this.errors.industries ?? ''}
        .terms=${reference.industries}
        .initial=${reference.industries.filter((i) => i.section === null)}
        .value=${draft.industries}
        .detail=${(term: Term) => sectionOf(reference.industries, term as Industry)}
        @codes-changed=${(e: CustomEvent<string[]>) => this.set('industries', e.detail)}
      ></fg-term-picker>
      <fg-term-picker
        pickerId="profile-skills"
        .label=${t('profile.skills')}
        .hint=${t('profile.skillsHint')}
        .error=${this.errors.skills ?? ''}
        .terms=${reference.skills}
        .initial=${reference.skills.slice(0, 12)}
        .value=${draft.skills}
        .detail=${(term: Term) => (term as Skill).group.name[getLocale()] || (term as Skill).group.name['zh-CN']}
        @codes-changed=${(e: CustomEvent<string[]>) => this.set('skills', e.detail)}
      ></fg-term-picker>
      <fieldset class="field ${this.errors.employmentStatus ? 'field--invalid' : ''}">
        <legend>${t('profile.employmentStatus')}</legend>
        <div class="choices">
          ${EMPLOYMENT_STATUSES.map(
            (status) => html`<label class="choice">
              <input
                type="radio"
                name="employmentStatus"
                value=${status}
                data-testid="profile-employment-${status.toLowerCase()}"
                .checked=${draft.employmentStatus === status}
                @change=${() => this.set('employmentStatus', status)}
              />
              <span>${employmentStatusName(status)}</span>
            </label>`,
          )}
        </div>
        ${this.fieldError('employmentStatus')}
      </fieldset>
      ${renderStudentFields(draft, this.errors, this.schools, (field, value) => this.set(field, value))}
      <div class="field ${this.errors.locale ? 'field--invalid' : ''}">
        <label for="profile-locale">${t('profile.locale')}</label>
        <select id="profile-locale" data-testid="profile-locale" @change=${(e: Event) => this.set('locale', (e.target as HTMLSelectElement).value as Locale)}>
          ${LOCALES.map((l) => html`<option value=${l} ?selected=${draft.locale === l}>${localeName(l)}</option>`)}
        </select>
        ${this.fieldError('locale')}
      </div>
      <fieldset class="field ${this.errors.subscriptions ? 'field--invalid' : ''}">
        <legend>${t('profile.subscriptions')}</legend>
        <p class="field__hint">${t('profile.subscriptionsHint')}</p>
        <div class="choices choices--stacked">
          ${NOTICE_TYPES.map(
            (type) => html`<label class="choice">
              <input
                type="checkbox"
                value=${type}
                data-testid="profile-subscription-${type.toLowerCase().replaceAll('_', '-')}"
                .checked=${draft.subscriptions.includes(type)}
                @change=${(e: Event) => this.toggleSubscription(type, (e.target as HTMLInputElement).checked)}
              />
              <span>${noticeTypeName(type)}</span>
            </label>`,
          )}
        </div>
        ${this.fieldError('subscriptions')}
      </fieldset>
      ${this.formError ? html`<p class="notice-box notice-box--error" data-testid="profile-form-error" role="alert">${this.formError}</p>` : nothing}
      ${this.saved ? html`<p class="notice-box notice-box--success" data-testid="profile-saved" role="status">${t('profile.saved')}</p>` : nothing}
      <button class="button button--primary button--block" type="submit" data-testid="profile-save" ?disabled=${this.saving}>
        ${this.saving ? t('common.saving') : t('common.save')}
      </button>
    </form>`;
  }

  private textField(
    field: 'name' | 'city' | 'district',
    testId: string,
    text: string,
    options: { hint?: string; autocomplete?: string; maxlength?: number; list?: string } = {},
  ) {
    const error = this.errors[field];
    const id = `profile-${field}`;
    return html`<div class="field ${error ? 'field--invalid' : ''}">
      <label for=${id}>${text}</label>
      <input
        id=${id}
        data-testid=${testId}
        type="text"
        autocomplete=${options.autocomplete ?? nothing}
        maxlength=${options.maxlength ?? nothing}
        list=${options.list ?? nothing}
        .value=${this.draft?.[field] ?? ''}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="${id}-hint ${id}-error"
        @input=${(e: Event) => this.set(field, (e.target as HTMLInputElement).value)}
      />
      ${options.hint ? html`<p id="${id}-hint" class="field__hint">${options.hint}</p>` : nothing}
      ${this.fieldError(field)}
    </div>`;
  }

  private fieldError(field: DraftField) {
    return html`<p id="profile-${field}-error" class="field__error" data-testid="field-error-${field}">${this.errors[field] ?? ''}</p>`;
  }

  private set<K extends DraftField>(field: K, value: Draft[K]): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, [field]: value };
    this.saved = false;
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
  }

  private setProvince(province: string): void {
    if (!this.draft || !this.reference) return;
    const cities = this.reference.regions.citiesOf(province);
    const keepCity = cities.includes(this.draft.city);
    this.set('province', province);
    if (!keepCity) this.set('city', cities.length === 1 ? cities[0] : '');
  }

  private toggleSubscription(type: NoticeType, on: boolean): void {
    if (!this.draft) return;
    const others = this.draft.subscriptions.filter((s) => s !== type);
    // kept in the order of NOTICE_TYPES so a save with no change sends the same list
    const next = on ? NOTICE_TYPES.filter((s) => s === type || others.includes(s)) : others;
    this.set('subscriptions', next);
  }

  private validate(draft: Draft): Partial<Record<DraftField, string>> {
    const errors: Partial<Record<DraftField, string>> = {};
    if (!draft.name.trim()) errors.name = t('validation.required');
    if (!draft.province) errors.province = t('validation.required');
    if (!draft.city.trim()) errors.city = t('validation.required');
    return errors;
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft;
    if (!draft || !this.worker || this.saving) return;
    this.saved = false;
    this.errors = this.validate(draft);
    if (Object.keys(this.errors).length > 0) {
      this.formError = t('profile.fixErrors');
      await this.updateComplete;
      this.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.formError = '';
    this.saving = true;
    try {
      this.worker = await this.api.updateMe(updateOf(draft, this.worker));
      this.draft = draftOf(this.worker, draft.locale);
      this.saved = true;
      setLocale(toLocale(this.worker.locale) ?? draft.locale);
    } catch (error) {
      if (isApiError(error) && error.status === 400) {
        const errors: Partial<Record<DraftField, string>> = {};
        const other: string[] = [];
        for (const [field, message] of Object.entries(error.fieldErrors())) {
          const target = SERVER_FIELDS[field] ?? SERVER_FIELDS[field.replace(/\[\d+\]$/, '')];
          if (target) errors[target] = errors[target] ? `${errors[target]} ${message}` : message;
          else other.push(message);
        }
        this.errors = errors;
        this.formError = [error.problem.detail ?? t('profile.fixErrors'), ...other].join(' ');
      } else {
        this.formError = errorMessage(error);
      }
    } finally {
      this.saving = false;
    }
  }

  private signOut(): void {
    this.api.signOut();
    this.dispatchEvent(new CustomEvent('signed-out', { bubbles: true, composed: true }));
  }
}

function draftOf(worker: Worker, fallbackLocale: Locale = getLocale()): Draft {
  return {
    name: worker.name ?? '',
    province: worker.hometown?.province ?? '',
    city: worker.hometown?.city ?? '',
    district: worker.district ?? '',
    industries: [...(worker.industries ?? [])],
    skills: [...(worker.skills ?? [])],
    employmentStatus: worker.employmentStatus ?? '',
    locale: toLocale(worker.locale) ?? fallbackLocale,
    subscriptions: worker.subscriptions ?? [...NOTICE_TYPES],
    school: worker.school ?? '',
    graduationYear: worker.graduationYear == null ? '' : String(worker.graduationYear),
  };
}

/** The body of PUT /me: the draft, with the enterprise kept as it was (the bureau sets it). */
export function updateOf(draft: Draft, worker: Worker): WorkerUpdate {
  return {
    name: draft.name.trim(),
    hometown: { province: draft.province, city: draft.city.trim() },
    district: draft.district.trim(),
    industries: draft.industries,
    skills: draft.skills,
    employmentStatus: draft.employmentStatus || null,
    enterpriseId: worker.enterpriseId ?? null,
    locale: draft.locale,
    subscriptions: draft.subscriptions,
    ...studentUpdateOf(draft),
  };
}

/** The province list, with a saved province that is not on it kept so it can be seen and kept. */
function provincesWith(provinces: readonly string[], province: string): readonly string[] {
  return province && !provinces.includes(province) ? [province, ...provinces] : provinces;
}

/** A division's section, shown under it; nothing for a section. */
function sectionOf(industries: readonly Industry[], industry: Industry): string {
  return industry.section ? nameOf(industries, industry.section) : '';
}

declare global {
  interface HTMLElementTagNameMap {
    'fg-profile-view': ProfileView;
  }
}
