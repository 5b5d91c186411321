/**
 * Where a tap on a notification leads: the notice it is about, in the app (`/app/#/notices/{id}`), for
 * the notifications Firebase shows (they carry the push as `data.FCM_MSG`); else the push's own link if
 * it stays in the app; null for anything else, which is left alone.
 */
export function noticeUrlOf(notificationData: unknown, app: URL): string | null {
  const push = (notificationData as { FCM_MSG?: FcmPush } | null | undefined)?.FCM_MSG;
  if (!push || typeof push !== 'object') return null;
  const noticeId = push.data?.noticeId;
  if (typeof noticeId === 'string' && noticeId) return new URL(`#/notices/${encodeURIComponent(noticeId)}`, app).href;
  const link = push.fcmOptions?.link;
  if (typeof link !== 'string') return null;
  const url = new URL(link, app);
  return url.origin === app.origin && url.pathname.startsWith(app.pathname) ? url.href : null;
}

/** What Firebase keeps of a push in the notification it shows. */
interface FcmPush {
  data?: Record<string, string>;
  fcmOptions?: { link?: string };
}
