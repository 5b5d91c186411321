import { html, type TemplateResult } from 'lit';
import type { NoticeResponse } from '../api/types';
import { formatMoney, label, t } from '../i18n/i18n';

/** The status of a response in words; a waitlisted seat says its place in the queue when the server tells it. */
export function responseStatusText(response: Pick<NoticeResponse, 'status' | 'waitlistPosition'>): string {
  if (response.status === 'WAITLISTED' && typeof response.waitlistPosition === 'number') {
    return t('status.waitlistPlace', { n: response.waitlistPosition });
  }
  return label('status', response.status);
}

export function statusBadge(response: Pick<NoticeResponse, 'status' | 'waitlistPosition'>): TemplateResult {
  return html`<span class="badge badge--${response.status.toLowerCase()}">${responseStatusText(response)}</span>`;
}

/** The facts of a response the worker may want to see again: what they chose, the amount, the reviewer's note. */
export function responseDetails(response: NoticeResponse): TemplateResult {
  const fields = response.fields ?? {};
  const rows: Array<[string, string]> = [];
  if (typeof fields.attendanceMode === 'string') rows.push([t('respond.attendanceMode'), label('mode', fields.attendanceMode)]);
  if (typeof fields.pickupPoint === 'string') rows.push([t('respond.pickupPoint'), fields.pickupPoint]);
  if (typeof fields.expectedSalary === 'number') rows.push([t('respond.expectedSalary'), formatMoney(fields.expectedSalary)]);
  if (typeof fields.message === 'string' && fields.message) rows.push([t('respond.message'), fields.message]);
  if (typeof fields.note === 'string' && fields.note) rows.push([t('respond.note'), fields.note]);
  if (typeof response.amount === 'number') rows.push([t('response.amount'), formatMoney(response.amount)]);
  if (response.note) rows.push([t('response.reviewNote'), response.note]);
  if (rows.length === 0) return html``;
  return html`<dl class="facts facts--compact">
    ${rows.map(([name, value]) => html`<div class="facts__row"><dt>${name}</dt><dd class="plain-text">${value}</dd></div>`)}
  </dl>`;
}
