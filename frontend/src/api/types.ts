/**
 * The worker side of the Fugong HTTP API, version 1, as written in design/api.md. Times are ISO-8601
 * instants, IDs opaque strings. Fields that api.md lists without a type are typed by how they are used
 * and kept optional where a draft or an older server may leave them out.
 */

export type NoticeType = 'JOB_FAIR' | 'POLICY' | 'RETURN_BUS' | 'JOB_POSTING' | 'ANNOUNCEMENT';
export const NOTICE_TYPES: readonly NoticeType[] = ['JOB_FAIR', 'JOB_POSTING', 'RETURN_BUS', 'POLICY', 'ANNOUNCEMENT'];

export type ResponseKind = 'RSVP' | 'APPLY' | 'SEAT_BOOKING' | 'SUBSIDY_APPLICATION';
export type NoticeResponseKind = 'NONE' | ResponseKind;

export type ResponseStatus = 'SUBMITTED' | 'CONFIRMED' | 'WAITLISTED' | 'ACCEPTED' | 'REJECTED' | 'CANCELLED';

export type EmploymentStatus = 'SEEKING' | 'EMPLOYED' | 'STUDENT';
export const EMPLOYMENT_STATUSES: readonly EmploymentStatus[] = ['SEEKING', 'EMPLOYED', 'STUDENT'];

export type ApiLocale = 'zh-CN' | 'en';

export type AttendanceMode = 'ONLINE' | 'ONSITE';

/** Text in both languages; the server may also answer with the one string picked by Accept-Language. */
export type LocalizedText = string | { 'zh-CN'?: string | null; en?: string | null };

/** A cursor-paged list: `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface OtpAnswer {
  expiresInSeconds: number;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresInSeconds?: number;
  workerId?: string;
}

export interface Place {
  province: string;
  city: string;
}

export interface Worker {
  id?: string;
  phone?: string;
  name: string | null;
  hometown: Place | null;
  district: string | null;
  industries: string[];
  skills: string[];
  employmentStatus: EmploymentStatus | null;
  enterpriseId: string | null;
  locale: ApiLocale | null;
  subscriptions: NoticeType[];
}

/** The body of PUT /me. */
export interface WorkerUpdate {
  name: string;
  hometown: Place;
  district: string;
  industries: string[];
  skills: string[];
  employmentStatus: EmploymentStatus | null;
  enterpriseId: string | null;
  locale: ApiLocale;
  subscriptions: NoticeType[];
}

export interface InboxItem {
  noticeId: string;
  type: NoticeType;
  title: LocalizedText;
  summary: LocalizedText | null;
  publishedAt: string | null;
  readAt: string | null;
  respondBy: string | null;
}

export interface JobFairFacts {
  startsAt?: string | null;
  endsAt?: string | null;
  mode?: AttendanceMode | null;
  venue?: string | null;
  url?: string | null;
  enterpriseIds?: string[] | null;
  /** Position names, or objects naming one (title/name) with an optional headcount. */
  positions?: unknown[] | null;
}

export interface ReturnBusFacts {
  origin?: Place | null;
  /** A place name, or a province and city. */
  destination?: string | Place | null;
  departsAt?: string | null;
  seats?: number | null;
  pickupPoints?: string[] | null;
  /** What a passenger must declare about their health; empty when nothing is asked. */
  healthRequirement?: string | boolean | null;
}

export interface PolicyFacts {
  benefit?: LocalizedText | null;
  amountPerPerson?: number | null;
  capPerEnterprise?: number | null;
  deadline?: string | null;
  eligibility?: LocalizedText | null;
}

export interface JobPostingFacts {
  enterpriseId?: string | null;
  /** Not in api.md: a server may add the enterprise's display name. */
  enterpriseName?: string | null;
  title?: LocalizedText | null;
  headcount?: number | null;
  salaryMin?: number | null;
  salaryMax?: number | null;
  requirements?: LocalizedText | string[] | null;
}

export interface Notice {
  id: string;
  type: NoticeType;
  title: LocalizedText;
  body: LocalizedText;
  responseKind: NoticeResponseKind;
  respondBy?: string | null;
  expiresAt?: string | null;
  publishedAt?: string | null;
  jobFair?: JobFairFacts | null;
  returnBus?: ReturnBusFacts | null;
  policy?: PolicyFacts | null;
  jobPosting?: JobPostingFacts | null;
  status?: string;
}

export interface RsvpFields {
  attendanceMode: AttendanceMode;
}

export interface ApplyFields {
  message: string;
  expectedSalary?: number;
}

export interface SeatBookingFields {
  pickupPoint: string;
  healthDeclared?: boolean;
}

export interface SubsidyApplicationFields {
  note?: string;
}

export type ResponseRequest =
  | { kind: 'RSVP'; fields: RsvpFields }
  | { kind: 'APPLY'; fields: ApplyFields }
  | { kind: 'SEAT_BOOKING'; fields: SeatBookingFields }
  | { kind: 'SUBSIDY_APPLICATION'; fields: SubsidyApplicationFields };

export interface NoticeResponse {
  id: string;
  noticeId: string;
  workerId?: string;
  kind: ResponseKind;
  status: ResponseStatus;
  fields: Record<string, unknown> | null;
  /** The computed subsidy, for SUBSIDY_APPLICATION. */
  amount?: number | null;
  /** The reviewer's note. */
  note?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  /** Extra field: the place in the queue of a WAITLISTED seat booking, 1 being next. */
  waitlistPosition?: number | null;
  /** Extra field a server may add so the list can name the notice. */
  noticeTitle?: LocalizedText | null;
}
