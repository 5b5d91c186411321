/**
 * The server's data as the app uses it: names for the types generated from the API document the server
 * publishes (`openapi/fugong-api.json`, checked against the live server by the backend's
 * OpenApiSnapshotTest; `npm run generate` writes `generated/fugong-api.ts` from it before every build and
 * test). Nothing here describes server data by hand: a field whose type changes on the server changes
 * here, and the app's type check fails where it no longer fits.
 */
import type { components } from './generated/fugong-api';

type Schemas = components['schemas'];

export type Notice = Schemas['Notice'];
export type NoticeType = Notice['type'];
export type NoticeResponseKind = Notice['responseKind'];
export type LocalizedText = Schemas['LocalizedText'];
export type Place = Schemas['Place'];

export type JobFairFacts = Schemas['JobFair'];
export type ReturnBusFacts = Schemas['ReturnBus'];
export type PolicyFacts = Schemas['Policy'];
export type JobPostingFacts = Schemas['JobPosting'];
/** How a job fair is held: ONLINE, ONSITE or HYBRID (both). */
export type FairMode = JobFairFacts['mode'];
export type Benefit = PolicyFacts['benefit'];
export type Applicant = NonNullable<PolicyFacts['applicant']>;

export type InboxItem = Schemas['InboxItem'];
export type InboxPage = Schemas['CursorPageInboxItem'];

/** A worker's response to a notice (`Response` on the server; `Response` is fetch's in the browser). */
export type NoticeResponse = Schemas['Response'];
export type ResponsePage = Schemas['CursorPageResponse'];
export type ResponseStatus = NoticeResponse['status'];
/** The body of POST /notices/{id}/responses: one of the kinds with its own fields. */
export type ResponseRequest = Schemas['ResponseSubmission'];
export type ResponseKind = ResponseRequest['kind'];
export type ResponseFields = Schemas['ResponseFields'];
export type RsvpFields = Schemas['RsvpFields'];
/** How a worker attends a job fair: ONLINE or ONSITE. */
export type AttendanceMode = NonNullable<RsvpFields['attendanceMode']>;

export type Worker = Schemas['WorkerProfile'];
/** The body of PUT /me. */
export type WorkerUpdate = Schemas['ProfileUpdate'];
export type EmploymentStatus = NonNullable<Worker['employmentStatus']>;
export type ApiLocale = Worker['locale'];

export type OtpAnswer = Schemas['CodeSent'];
export type Tokens = Schemas['WorkerTokens'];

export type DeviceRegistration = Schemas['DeviceRegistration'];
export type Device = Schemas['Device'];
export type AppConfig = Schemas['AppConfig'];
export type WebPushConfig = Schemas['WebPushConfig'];

export type FieldError = Schemas['FieldError'];

/** A check after arrival by a return bus: "still at work? anything we can help with?". */
export type FollowUp = Schemas['FollowUp'];
/** The body of POST /me/follow-ups/{id}/answer. */
export type FollowUpAnswer = Schemas['FollowUpAnswer'];
export type WorkStatus = NonNullable<FollowUpAnswer['status']>;

/**
 * Every value of an enumeration, in the order the app lists them. Written as a record so that a value the
 * server adds fails the type check until the app lists (and names) it.
 */
function valuesOf<T extends string>(order: Record<T, number>): readonly T[] {
  return (Object.keys(order) as T[]).sort((a, b) => order[a] - order[b]);
}

export const NOTICE_TYPES = valuesOf<NoticeType>({ JOB_FAIR: 0, JOB_POSTING: 1, RETURN_BUS: 2, POLICY: 3, ANNOUNCEMENT: 4 });
export const EMPLOYMENT_STATUSES = valuesOf<EmploymentStatus>({ SEEKING: 0, EMPLOYED: 1, STUDENT: 2 });
export const ATTENDANCE_MODES = valuesOf<AttendanceMode>({ ONSITE: 0, ONLINE: 1 });
