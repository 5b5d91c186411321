import type {
  Applicant,
  AttendanceMode,
  Benefit,
  EmploymentStatus,
  FairMode,
  NoticeType,
  ResponseKind,
  ResponseStatus,
} from '../api/types';
import type { Locale, MessageKey } from './i18n';
import { t } from './i18n';

/**
 * The words for the values of the API's enumerations: a worker never sees `JOB_FAIR` or
 * `HIRING_SUBSIDY`. Each table is keyed by the generated type, so a value the server adds fails the type
 * check until it has a name here (and in both catalogues). A value unknown at run time (a server newer
 * than the app) gets its enumeration's general word, never the constant.
 */
function names<T extends string>(table: Record<T, MessageKey>, unknown: MessageKey) {
  return (value: T | null | undefined): string => {
    if (value == null) return '';
    const key = Object.hasOwn(table, value) ? table[value] : unknown;
    return t(key);
  };
}

export const noticeTypeName = names<NoticeType>(
  {
    JOB_FAIR: 'type.JOB_FAIR',
    JOB_POSTING: 'type.JOB_POSTING',
    RETURN_BUS: 'type.RETURN_BUS',
    POLICY: 'type.POLICY',
    ANNOUNCEMENT: 'type.ANNOUNCEMENT',
  },
  'type.other',
);

export const responseKindName = names<ResponseKind>(
  {
    RSVP: 'kind.RSVP',
    APPLY: 'kind.APPLY',
    SEAT_BOOKING: 'kind.SEAT_BOOKING',
    SUBSIDY_APPLICATION: 'kind.SUBSIDY_APPLICATION',
  },
  'kind.other',
);

export const responseStatusName = names<ResponseStatus>(
  {
    SUBMITTED: 'status.SUBMITTED',
    CONFIRMED: 'status.CONFIRMED',
    WAITLISTED: 'status.WAITLISTED',
    ACCEPTED: 'status.ACCEPTED',
    REJECTED: 'status.REJECTED',
    CANCELLED: 'status.CANCELLED',
  },
  'status.other',
);

/** How a job fair is held. */
export const fairModeName = names<FairMode>(
  { ONLINE: 'mode.ONLINE', ONSITE: 'mode.ONSITE', HYBRID: 'mode.HYBRID' },
  'mode.other',
);

/** How a worker attends a job fair. */
export const attendanceModeName = names<AttendanceMode>({ ONLINE: 'mode.ONLINE', ONSITE: 'mode.ONSITE' }, 'mode.other');

export const benefitName = names<Benefit>(
  {
    HIRING_SUBSIDY: 'benefit.HIRING_SUBSIDY',
    BUS_SUBSIDY: 'benefit.BUS_SUBSIDY',
    TRAINING_SUBSIDY: 'benefit.TRAINING_SUBSIDY',
    STARTUP_LOAN: 'benefit.STARTUP_LOAN',
    OTHER: 'benefit.OTHER',
  },
  'benefit.OTHER',
);

export const applicantName = names<Applicant>(
  { ENTERPRISE: 'applicant.ENTERPRISE', WORKER: 'applicant.WORKER' },
  'applicant.other',
);

export const employmentStatusName = names<EmploymentStatus>(
  { SEEKING: 'employment.SEEKING', EMPLOYED: 'employment.EMPLOYED', STUDENT: 'employment.STUDENT' },
  'employment.other',
);

export const localeName = names<Locale>({ 'zh-CN': 'locale.zh-CN', en: 'locale.en' }, 'locale.zh-CN');

/** What the form of each kind is called, and what its button says. */
export const respondHeading = names<ResponseKind>(
  {
    RSVP: 'respond.heading.RSVP',
    APPLY: 'respond.heading.APPLY',
    SEAT_BOOKING: 'respond.heading.SEAT_BOOKING',
    SUBSIDY_APPLICATION: 'respond.heading.SUBSIDY_APPLICATION',
  },
  'kind.other',
);

export const respondSubmit = names<ResponseKind>(
  {
    RSVP: 'respond.submit.RSVP',
    APPLY: 'respond.submit.APPLY',
    SEAT_BOOKING: 'respond.submit.SEAT_BOOKING',
    SUBSIDY_APPLICATION: 'respond.submit.SUBSIDY_APPLICATION',
  },
  'respond.submit.other',
);

/** A CSS modifier for a value (badge colours), never shown: lower case, dashes. */
export function cssToken(value: string | null | undefined): string {
  return (value ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
