import type { WebPushConfig } from '../api/types';
import type { WorkerApi } from '../api/worker-api';
import { getLocale } from '../i18n/i18n';
import { installationId } from './installation';

/**
 * Where web pushes stand for this browser:
 * - `off`: the server has no web push configured, or the browser cannot receive pushes; nothing is asked;
 * - `offer`: the worker has not decided: the app explains what pushes are for and offers to turn them on;
 * - `later`: the worker said "not now" (offered again after a week, and in the profile any time);
 * - `asking`: the browser's own permission prompt is open;
 * - `on`: allowed, and this browser is registered as one of the worker's devices;
 * - `blocked`: the worker (or the browser) refused notifications; only the browser's settings undo it;
 * - `failed`: allowed, but the token or the registration failed (retried on the next start).
 */
export type PushState = 'off' | 'offer' | 'later' | 'asking' | 'on' | 'blocked' | 'failed';

/** A push that arrived while the app was open in front: the app names it and refreshes the inbox. */
export interface ForegroundPush {
  noticeId: string | null;
  title: string;
}

const LATER_KEY = 'fugong.push.later';
const LATER_MS = 7 * 24 * 3600 * 1000;
const FIREBASE_APP = 'fugong';

/**
 * Web pushes for the worker app, with Firebase's own JS SDK (messaging only, loaded when first needed).
 * After sign-in, `start()` reads the server's public configuration: without one nothing is ever asked.
 * The permission prompt only comes after the worker tapped "turn on" under the app's explanation
 * (`enable()`); once allowed, the FCM token is registered as a WEB device under a stable installation id,
 * and again on each start (tokens change) and when the language changes (pushes come in the device's).
 * The service worker (`sw.js`) shows pushes while the app is in the background and opens the notice on a tap.
 */
export class WebPush {
  state: PushState = 'off';
  private config: WebPushConfig | null = null;
  private registration: ServiceWorkerRegistration | null = null;
  private prepared: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly foreground = new Set<(push: ForegroundPush) => void>();
  private stopForeground: (() => void) | null = null;

  constructor(
    private readonly api: WorkerApi,
    private readonly storage: Storage = window.localStorage,
    private readonly now: () => number = Date.now,
  ) {
    api.onSignOut(() => this.signedOut());
  }

  /** Calls back on every change of state; answers the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onForegroundPush(listener: (push: ForegroundPush) => void): () => void {
    this.foreground.add(listener);
    return () => this.foreground.delete(listener);
  }

  /**
   * When the app opens, signed in or not: reads the server's public configuration and registers the
   * service worker once, with the Firebase configuration when there is one (the app is installable
   * either way). Later calls wait for the first.
   */
  prepare(): Promise<void> {
    this.prepared ??= (async () => {
      if (!('serviceWorker' in navigator)) return;
      try {
        this.config = (await this.api.appConfig()).webPush ?? null;
      } catch {
        this.config = null;
      }
      this.registration = await registerServiceWorker(this.config);
    })();
    return this.prepared;
  }

  /** After sign-in (or opening the app signed in): where pushes stand, and nothing asked without a configuration. */
  async start(): Promise<void> {
    await this.prepare();
    if (!this.config || !this.registration || !browserCanPush()) return this.set('off');
    switch (Notification.permission) {
      case 'granted':
        return this.subscribeDevice();
      case 'denied':
        return this.set('blocked');
      default:
        return this.set(this.saidLaterRecently() ? 'later' : 'offer');
    }
  }

  /** The worker tapped "turn on" under the explanation: now the browser asks. */
  async enable(): Promise<void> {
    if (!this.config || !this.registration || this.state === 'asking') return;
    this.set('asking');
    let permission: NotificationPermission;
    try {
      permission = await Notification.requestPermission();
    } catch {
      permission = Notification.permission;
    }
    if (permission === 'granted') {
      this.storage.removeItem(LATER_KEY);
      return this.subscribeDevice();
    }
    // closing the prompt without answering leaves the question open
    this.set(permission === 'denied' ? 'blocked' : 'later');
    if (permission !== 'denied') this.storage.setItem(LATER_KEY, String(this.now()));
  }

  /** "Not now": the offer comes back in a week, and stays in the profile. */
  later(): void {
    this.storage.setItem(LATER_KEY, String(this.now()));
    this.set('later');
  }

  /** Pushes come in the device's language: a new language is told to the server. */
  async languageChanged(): Promise<void> {
    if (this.state === 'on') await this.subscribeDevice();
  }

  private async subscribeDevice(): Promise<void> {
    const config = this.config;
    const registration = this.registration;
    if (!config || !registration) return this.set('off');
    try {
      const { messaging, getToken, onMessage } = await loadMessaging(config);
      const token = await getToken(messaging, { vapidKey: config.vapidKey, serviceWorkerRegistration: registration });
      if (!token) throw new Error('no FCM token');
      await this.api.registerDevice(installationId(this.storage), {
        platform: 'WEB',
        fcmToken: token,
        locale: getLocale(),
        appVersion: `web-${__APP_VERSION__}`,
      });
      this.stopForeground?.();
      this.stopForeground = onMessage(messaging, (payload) => {
        const push: ForegroundPush = { noticeId: payload.data?.noticeId ?? null, title: payload.notification?.title ?? '' };
        for (const listener of this.foreground) listener(push);
      });
      this.set('on');
    } catch (error) {
      console.warn('web push registration failed', error);
      this.set('failed');
    }
  }

  /** A browser signed out gets no more pushes for that worker (best effort: the call goes out with the token). */
  private signedOut(): void {
    if (this.state === 'on') {
      this.api.removeDevice(installationId(this.storage)).catch(() => {
        // offline: the device stays registered until FCM reports the token gone
      });
    }
    this.stopForeground?.();
    this.stopForeground = null;
    this.set(this.config ? 'off' : this.state);
  }

  private saidLaterRecently(): boolean {
    const at = Number(this.storage.getItem(LATER_KEY));
    return Number.isFinite(at) && at > 0 && this.now() - at < LATER_MS;
  }

  private set(state: PushState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

/** Whether this browser can receive web pushes at all (iOS only from the home screen, for one). */
function browserCanPush(): boolean {
  return 'Notification' in window && 'PushManager' in window;
}

/**
 * The app's service worker, which shows pushes in the background. It learns the (public) Firebase
 * configuration from its address: a push event must find its handler when the worker script starts,
 * before it could fetch anything.
 */
async function registerServiceWorker(config: WebPushConfig | null): Promise<ServiceWorkerRegistration | null> {
  const base = import.meta.env.BASE_URL;
  const query = config ? `?${serviceWorkerQuery(config)}` : '';
  try {
    return await navigator.serviceWorker.register(`${base}sw.js${query}`, { scope: base });
  } catch (error) {
    console.warn('service worker registration failed', error);
    return null;
  }
}

export function serviceWorkerQuery(config: WebPushConfig): string {
  const params = new URLSearchParams({
    apiKey: config.apiKey,
    projectId: config.projectId,
    messagingSenderId: config.messagingSenderId,
    appId: config.appId,
  });
  if (config.authDomain) params.set('authDomain', config.authDomain);
  return params.toString();
}

/** Firebase's app and messaging modules, fetched only by browsers that get pushes. */
async function loadMessaging(config: WebPushConfig) {
  const [{ getApps, initializeApp }, { getMessaging, getToken, onMessage }] = await Promise.all([
    import('firebase/app'),
    import('firebase/messaging'),
  ]);
  const app =
    getApps().find((existing) => existing.name === FIREBASE_APP) ??
    initializeApp(
      {
        apiKey: config.apiKey,
        authDomain: config.authDomain ?? undefined,
        projectId: config.projectId,
        messagingSenderId: config.messagingSenderId,
        appId: config.appId,
      },
      FIREBASE_APP,
    );
  return { messaging: getMessaging(app), getToken, onMessage };
}
