import { html, type TemplateResult } from 'lit';
import type { NoticeResponse, ResponseFields } from '../api/types';
import { formatMoney, t } from '../i18n/i18n';
import { attendanceModeName, cssToken, responseStatusName } from '../i18n/names';

/** The status of a response in words; a waitlisted seat says its place in the queue when the server tells it. */
export function responseStatusText(response: Pick<NoticeResponse, 'status' | 'waitlistPosition'>): string {
  if (response.status === 'WAITLISTED' && typeof response.waitlistPosition === 'number') {
    return t('status.waitlistPlace', { n: response.waitlistPosition });
  }
  return responseStatusName(response.status);
}

export function statusBadge(response: Pick<NoticeResponse, 'status' | 'waitlistPosition'>): TemplateResult {
  return html`<span class="badge badge--${cssToken(response.status)}">${responseStatusText(response)}</span>`;
}

/** Every field any kind of response has (each kind has some of them). */
type AllFields = UnionToIntersection<ResponseFields>;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The facts of a response the worker may want to see again: what they chose, the amount, the reviewer's note. */
export function responseDetails(response: NoticeResponse): TemplateResult {
  const fields: Partial<AllFields> = response.fields ?? {};
  const rows: Array<[string, string]> = [];
  if (fields.attendanceMode) rows.push([t('respond.attendanceMode'), attendanceModeName(fields.attendanceMode)]);
  if (fields.pickupPoint) rows.push([t('respond.pickupPoint'), fields.pickupPoint]);
  if (typeof fields.expectedSalary === 'number') rows.push([t('respond.expectedSalary'), formatMoney(fields.expectedSalary)]);
  if (fields.message) rows.push([t('respond.message'), fields.message]);
  if (fields.note) rows.push([t('respond.note'), fields.note]);
  if (typeof response.amount === 'number') rows.push([t('response.amount'), formatMoney(response.amount)]);
  if (response.note) rows.push([t('response.reviewNote'), response.note]);
  if (rows.length === 0) return html``;
  return html`<dl class="facts facts--compact">
    ${rows.map(([name, value]) => html`<div class="facts__row"><dt>${name}</dt><dd class="plain-text">${value}</dd></div>`)}
  </dl>`;
}
