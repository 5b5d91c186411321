import { html, nothing } from 'lit';
import { t } from '../i18n/i18n';

/** What the profile keeps about a student: the school as the school writes it, and the graduation year. */
export interface StudentDraft {
  school: string;
  graduationYear: string;
}

/**
 * The profile's fields for students and recent graduates (internship calls find them by school and
 * class): the school, offered from the schools other students named, and the graduation year.
 */
export function renderStudentFields(
  draft: StudentDraft,
  errors: Partial<Record<keyof StudentDraft, string>>,
  schools: readonly string[],
  set: (field: keyof StudentDraft, value: string) => void,
) {
  const thisYear = new Date().getFullYear();
  return html`<fieldset class="field-group" data-testid="profile-student">
    <div class="field ${errors.school ? 'field--invalid' : ''}">
      <label for="profile-school">${t('profile.school')} <span class="muted">${t('common.optional')}</span></label>
      <input id="profile-school" data-testid="profile-school" type="text" maxlength="60" autocomplete="off"
        list="profile-school-options" .value=${draft.school} aria-describedby="profile-school-hint profile-school-error"
        @input=${(e: Event) => set('school', (e.target as HTMLInputElement).value)} />
      <datalist id="profile-school-options">${schools.map((s) => html`<option value=${s}></option>`)}</datalist>
      <p id="profile-school-hint" class="field__hint">${t('profile.schoolHint')}</p>
      <p id="profile-school-error" class="field__error" data-testid="field-error-school">${errors.school ?? ''}</p>
    </div>
    <div class="field ${errors.graduationYear ? 'field--invalid' : ''}">
      <label for="profile-graduation-year">${t('profile.graduationYear')} <span class="muted">${t('common.optional')}</span></label>
      <input id="profile-graduation-year" data-testid="profile-graduation-year" type="number" inputmode="numeric"
        min="1990" max=${thisYear + 6} step="1" .value=${draft.graduationYear}
        aria-describedby="profile-graduation-year-error"
        @input=${(e: Event) => set('graduationYear', (e.target as HTMLInputElement).value)} />
      <p id="profile-graduation-year-error" class="field__error" data-testid="field-error-graduationYear">${errors.graduationYear ?? nothing}</p>
    </div>
  </fieldset>`;
}

/** The school and year as PUT /me takes them: empty is none. */
export function studentUpdateOf(draft: StudentDraft): { school: string | null; graduationYear: number | null } {
  const school = draft.school.trim();
  const year = Number.parseInt(draft.graduationYear, 10);
  return { school: school || null, graduationYear: Number.isNaN(year) ? null : year };
}
