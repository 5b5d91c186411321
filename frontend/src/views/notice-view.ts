import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiError } from '../api/problem';
import type { JobFairFacts, JobPostingFacts, Notice, NoticeResponse, Place, PolicyFacts, ReturnBusFacts } from '../api/types';
import type { WorkerApi } from '../api/worker-api';
import { LightElement } from '../components/light-element';
import { formatDateTime, formatMoney, formatNumber, label, onLocaleChange, t } from '../i18n/i18n';
import { linesOf, localized, positionLabel } from '../model/text';
import { errorMessage } from './errors';
import { healthRequirementText } from './respond-form';

type Fact = [name: string, value: string | TemplateResult, testId?: string];

/**
 * One notice: its text (always as plain text, line breaks kept), the facts of its type, and the form to
 * respond to it. Opening it marks it read.
 */
@customElement('fg-notice-view')
export class NoticeView extends LightElement {
  @property({ attribute: false }) api!: WorkerApi;
  @property() noticeId = '';

  @state() private notice: Notice | null = null;
  @state() private loading = false;
  @state() private error = '';
  @state() private notFound = false;
  @state() private response: NoticeResponse | null = null;
  @state() private checkingResponse = false;

  private generation = 0;
  private stopLocale: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // the server answers the notice's text in the language asked for
    this.stopLocale = onLocaleChange(() => void this.load(false));
  }

  override disconnectedCallback(): void {
    this.stopLocale?.();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('noticeId') && this.noticeId) void this.load(true);
  }

  /** Loads the notice and, when it takes responses, the worker's active response to it. */
  async load(firstVisit: boolean): Promise<void> {
    const id = this.noticeId;
    const generation = ++this.generation;
    this.loading = true;
    this.error = '';
    this.notFound = false;
    if (firstVisit) {
      this.notice = null;
      this.response = null;
    }
    try {
      const notice = await this.api.notice(id);
      if (generation !== this.generation) return;
      this.notice = notice;
      if (firstVisit) {
        this.api.markRead(id).catch(() => {
          // the inbox shows it unread a little longer; nothing the worker needs to know
        });
        if (notice.responseKind !== 'NONE') void this.findResponse(id, generation);
      }
    } catch (error) {
      if (generation !== this.generation) return;
      if (isApiError(error) && error.status === 404) this.notFound = true;
      else this.error = errorMessage(error);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  private async findResponse(noticeId: string, generation: number): Promise<void> {
    this.checkingResponse = true;
    try {
      const response = await this.api.activeResponseTo(noticeId);
      if (generation === this.generation && response) this.response = response;
    } catch {
      // the form is shown; a second response would be refused with 409 and the existing one shown then
    } finally {
      if (generation === this.generation) this.checkingResponse = false;
    }
  }

  protected override render() {
    return html`<section class="view view--notice" aria-busy=${this.loading ? 'true' : 'false'}>
      <a class="back-link" href="#/inbox" data-testid="back-to-inbox">‹ ${t('notice.back')}</a>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody() {
    if (this.notFound) {
      return html`<div class="state state--empty" data-testid="notice-not-found">
        <h1 class="state__title" tabindex="-1">${t('notice.notFound')}</h1>
        <p class="muted">${t('notice.notFoundHint')}</p>
      </div>`;
    }
    if (this.error) {
      return html`<div class="state state--error" role="alert">
        <p data-testid="notice-error">${this.error}</p>
        <button class="button button--secondary" type="button" @click=${() => this.load(this.notice === null)}>${t('common.retry')}</button>
      </div>`;
    }
    const notice = this.notice;
    if (!notice) return html`<p class="state state--loading" data-testid="loading" role="status">${t('common.loading')}</p>`;
    return html`<article class="notice" data-testid="notice" data-notice-id=${notice.id} data-type=${notice.type}>
        <header class="notice__header">
          <span class="badge badge--type badge--${notice.type.toLowerCase().replaceAll('_', '-')}">${label('type', notice.type)}</span>
          <h1 class="notice__title" data-testid="notice-title" tabindex="-1">${localized(notice.title)}</h1>
          ${notice.publishedAt
            ? html`<p class="muted">${t('notice.published', { date: formatDateTime(notice.publishedAt) })}</p>`
            : nothing}
        </header>
        ${notice.respondBy ? this.renderDeadline(notice.respondBy) : nothing}
        <div class="notice__body plain-text" data-testid="notice-body">${localized(notice.body)}</div>
        ${this.renderFacts(notice)}
      </article>
      ${this.renderRespond(notice)}`;
  }

  private renderDeadline(respondBy: string) {
    const closed = isPast(respondBy);
    return html`<p class="notice-box ${closed ? 'notice-box--warning' : 'notice-box--info'}" data-testid="respond-by">
      ${closed ? t('notice.closed', { date: formatDateTime(respondBy) }) : t('notice.respondBy', { date: formatDateTime(respondBy) })}
    </p>`;
  }

  private renderRespond(notice: Notice) {
    if (notice.responseKind === 'NONE') return nothing;
    if (this.checkingResponse && !this.response) {
      return html`<p class="state state--loading" role="status">${t('common.loading')}</p>`;
    }
    if (!this.response && notice.respondBy && isPast(notice.respondBy)) return nothing;
    return html`<fg-respond-form
      .api=${this.api}
      .notice=${notice}
      .response=${this.response}
      @responded=${(e: CustomEvent<NoticeResponse>) => (this.response = e.detail)}
    ></fg-respond-form>`;
  }

  private renderFacts(notice: Notice) {
    const facts = factsOf(notice);
    if (facts.length === 0) return nothing;
    return html`<section class="card" aria-labelledby="facts-heading">
      <h2 id="facts-heading" class="card__title">${t('notice.facts')}</h2>
      <dl class="facts" data-testid="notice-facts">
        ${facts.map(
          ([name, value, testId]) => html`<div class="facts__row" data-testid=${testId ?? nothing}>
            <dt>${name}</dt>
            <dd class=${typeof value === 'string' ? 'plain-text' : ''}>${value}</dd>
          </div>`,
        )}
      </dl>
    </section>`;
  }
}

/** The rows that describe a notice of its type; empty values are left out. */
function factsOf(notice: Notice): Fact[] {
  switch (notice.type) {
    case 'JOB_FAIR':
      return notice.jobFair ? jobFairFacts(notice.jobFair) : [];
    case 'JOB_POSTING':
      return notice.jobPosting ? jobPostingFacts(notice.jobPosting) : [];
    case 'RETURN_BUS':
      return notice.returnBus ? returnBusFacts(notice.returnBus) : [];
    case 'POLICY':
      return notice.policy ? policyFacts(notice.policy) : [];
    default:
      return [];
  }
}

function jobFairFacts(fair: JobFairFacts): Fact[] {
  const positions = (fair.positions ?? []).map((p) => positionLabel(p)).filter((p) => p.name);
  return compact([
    [t('fair.startsAt'), formatDateTime(fair.startsAt), 'fact-starts-at'],
    [t('fair.endsAt'), formatDateTime(fair.endsAt), 'fact-ends-at'],
    [t('fair.mode'), label('mode', fair.mode), 'fact-mode'],
    [t('fair.venue'), fair.venue ?? '', 'fact-venue'],
    [t('fair.url'), fair.url ? linkOrText(fair.url) : '', 'fact-url'],
    [t('fair.enterprises'), fair.enterpriseIds?.length ? t('fair.enterpriseCount', { n: fair.enterpriseIds.length }) : '', 'fact-enterprises'],
    [
      t('fair.positions'),
      positions.length
        ? html`<ul class="plain-list">
            ${positions.map((p) => html`<li>${p.name}${p.headcount != null ? ` · ${t('fair.headcount', { n: p.headcount })}` : ''}</li>`)}
          </ul>`
        : '',
      'fact-positions',
    ],
  ]);
}

function jobPostingFacts(posting: JobPostingFacts): Fact[] {
  return compact([
    [t('posting.enterprise'), posting.enterpriseName || posting.enterpriseId || '', 'fact-enterprise'],
    [t('posting.position'), localized(posting.title), 'fact-position'],
    [t('posting.headcount'), posting.headcount != null ? t('posting.people', { n: formatNumber(posting.headcount) }) : '', 'fact-headcount'],
    [t('posting.salary'), salaryRange(posting.salaryMin, posting.salaryMax), 'fact-salary'],
    [t('posting.requirements'), linesOf(posting.requirements), 'fact-requirements'],
  ]);
}

function returnBusFacts(bus: ReturnBusFacts): Fact[] {
  const points = bus.pickupPoints ?? [];
  const health = healthRequirementText(bus.healthRequirement);
  return compact([
    [t('bus.origin'), placeName(bus.origin), 'fact-origin'],
    [t('bus.destination'), typeof bus.destination === 'string' ? bus.destination : placeName(bus.destination), 'fact-destination'],
    [t('bus.departsAt'), formatDateTime(bus.departsAt), 'fact-departs-at'],
    [t('bus.seats'), bus.seats != null ? t('bus.seatCount', { n: formatNumber(bus.seats) }) : '', 'fact-seats'],
    [
      t('bus.pickupPoints'),
      points.length ? html`<ul class="plain-list">${points.map((p) => html`<li>${p}</li>`)}</ul>` : '',
      'fact-pickup-points',
    ],
    [t('bus.healthRequirement'), health === null ? '' : health || t('respond.healthGeneric'), 'fact-health'],
  ]);
}

function policyFacts(policy: PolicyFacts): Fact[] {
  return compact([
    [t('policy.benefit'), localized(policy.benefit), 'fact-benefit'],
    [t('policy.amountPerPerson'), formatMoney(policy.amountPerPerson), 'fact-amount-per-person'],
    [t('policy.cap'), formatMoney(policy.capPerEnterprise), 'fact-cap'],
    [t('policy.deadline'), formatDateTime(policy.deadline), 'fact-deadline'],
    [t('policy.eligibility'), localized(policy.eligibility), 'fact-eligibility'],
  ]);
}

function compact(facts: Fact[]): Fact[] {
  return facts.filter(([, value]) => value !== '');
}

function placeName(place: Place | null | undefined): string {
  if (!place) return '';
  return [place.province, place.city].filter((part, i, all) => part && all.indexOf(part) === i).join(' ');
}

/** Monthly pay in yuan as a range, or one end of it when only one is known. */
function salaryRange(min: number | null | undefined, max: number | null | undefined): string {
  if (min != null && max != null) {
    return min === max ? t('posting.salaryExact', { amount: formatMoney(min) }) : t('posting.salaryRange', { min: formatMoney(min), max: formatMoney(max) });
  }
  if (min != null) return t('posting.salaryFrom', { amount: formatMoney(min) });
  if (max != null) return t('posting.salaryUpTo', { amount: formatMoney(max) });
  return '';
}

/** Only web links become links; anything else (a javascript: URL, say) stays text. */
function linkOrText(url: string): TemplateResult | string {
  return /^https?:\/\//i.test(url.trim())
    ? html`<a href=${url.trim()} target="_blank" rel="noopener noreferrer">${url}</a>`
    : url;
}

function isPast(iso: string): boolean {
  const time = Date.parse(iso);
  return !Number.isNaN(time) && time < Date.now();
}

declare global {
  interface HTMLElementTagNameMap {
    'fg-notice-view': NoticeView;
  }
}
