import { html, nothing, type TemplateResult } from 'lit';
import type { JobFairFacts, JobPostingFacts, Notice, Place, PolicyFacts, ReturnBusFacts } from '../api/types';
import { formatDateTime, formatMoney, formatNumber, t } from '../i18n/i18n';
import { applicantName, benefitName, fairModeName } from '../i18n/names';

/** One row of a notice's facts: its name, its value, and the test id browser tests find it by. */
export type Fact = [name: string, value: string | TemplateResult, testId: string];

/**
 * The facts of a notice, by its type, in words: times in Asia/Shanghai, money in yuan, enumerations by
 * their names, and never an id (a job fair names how many employers take part, a posting its employer's
 * name). Empty values are left out.
 */
export function renderFacts(notice: Notice) {
  const facts = factsOf(notice);
  if (facts.length === 0) return nothing;
  return html`<section class="card" aria-labelledby="facts-heading">
    <h2 id="facts-heading" class="card__title">${t('notice.facts')}</h2>
    <dl class="facts" data-testid="notice-facts">
      ${facts.map(
        ([name, value, testId]) => html`<div class="facts__row" data-testid=${testId}>
          <dt>${name}</dt>
          <dd class=${typeof value === 'string' ? 'plain-text' : ''}>${value}</dd>
        </div>`,
      )}
    </dl>
  </section>`;
}

export function factsOf(notice: Notice): Fact[] {
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
  const employers = fair.enterpriseIds?.length ?? 0;
  return compact([
    [t('fair.startsAt'), formatDateTime(fair.startsAt), 'fact-starts-at'],
    [t('fair.endsAt'), formatDateTime(fair.endsAt), 'fact-ends-at'],
    [t('fair.mode'), fairModeName(fair.mode), 'fact-mode'],
    [t('fair.venue'), fair.venue ?? '', 'fact-venue'],
    [t('fair.url'), fair.url ? linkOrText(fair.url) : '', 'fact-url'],
    [t('fair.enterprises'), employers > 0 ? count('fair.enterpriseCount', employers) : '', 'fact-enterprises'],
    [t('fair.positions'), count('fair.positionCount', fair.positions), 'fact-positions'],
    [t('fair.capacity'), count('fair.capacityCount', fair.capacity), 'fact-capacity'],
  ]);
}

function jobPostingFacts(posting: JobPostingFacts): Fact[] {
  return compact([
    [t('posting.enterprise'), posting.enterpriseName ?? '', 'fact-enterprise'],
    [t('posting.position'), posting.title, 'fact-position'],
    [t('posting.headcount'), count('posting.people', posting.headcount), 'fact-headcount'],
    [t('posting.salary'), salaryRange(posting.salaryMin, posting.salaryMax), 'fact-salary'],
    [t('posting.requirements'), posting.requirements ?? '', 'fact-requirements'],
  ]);
}

function returnBusFacts(bus: ReturnBusFacts): Fact[] {
  const points = bus.pickupPoints ?? [];
  return compact([
    [t('bus.origin'), placeName(bus.origin), 'fact-origin'],
    [t('bus.destination'), placeName(bus.destination), 'fact-destination'],
    [t('bus.departsAt'), formatDateTime(bus.departsAt), 'fact-departs-at'],
    [t('bus.seats'), count('bus.seatCount', bus.seats), 'fact-seats'],
    [
      t('bus.pickupPoints'),
      points.length ? html`<ul class="plain-list">${points.map((p) => html`<li>${p}</li>`)}</ul>` : '',
      'fact-pickup-points',
    ],
    [t('bus.healthRequirement'), bus.healthRequirement ?? '', 'fact-health'],
  ]);
}

function policyFacts(policy: PolicyFacts): Fact[] {
  return compact([
    [t('policy.benefit'), benefitName(policy.benefit), 'fact-benefit'],
    [t('policy.amountPerPerson'), formatMoney(policy.amountPerPerson), 'fact-amount-per-person'],
    [t('policy.cap'), formatMoney(policy.capPerEnterprise), 'fact-cap'],
    [t('policy.deadline'), formatDateTime(policy.deadline), 'fact-deadline'],
    [t('policy.eligibility'), policy.eligibility ?? '', 'fact-eligibility'],
    [t('policy.applicant'), applicantName(policy.applicant), 'fact-applicant'],
  ]);
}

/** The counts of a notice's facts; each has a `.one` form, for English ("1 seat", "40 seats"). */
type CountKey = 'fair.enterpriseCount' | 'fair.positionCount' | 'fair.capacityCount' | 'bus.seatCount' | 'posting.people';

/** "3,200 个岗位", "1 position"; nothing when the number is not there (or is not a number). */
function count(key: CountKey, value: number | null | undefined): string {
  const n = formatNumber(value);
  return n ? t(value === 1 ? `${key}.one` : key, { n }) : '';
}

function compact(facts: Fact[]): Fact[] {
  return facts.filter(([, value]) => value !== '');
}

/** 广东省 湛江市; a city that is its own province (北京市) once. */
export function placeName(place: Place | null | undefined): string {
  if (!place) return '';
  return [place.province, place.city].filter((part, i, all) => part && all.indexOf(part) === i).join(' ');
}

/** Monthly pay in yuan as a range, or one end of it when only one is known. */
function salaryRange(min: number | null | undefined, max: number | null | undefined): string {
  if (min != null && max != null) {
    return min === max
      ? t('posting.salaryExact', { amount: formatMoney(min) })
      : t('posting.salaryRange', { min: formatMoney(min), max: formatMoney(max) });
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
