import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/app';
import type { DeviceRegistration, WebPushConfig } from '../../src/api/types';
import { setLocale } from '../../src/i18n/i18n';
import { byTestId, tap, until } from '../support/dom';
import { FakeServer } from '../support/fake-server';
import { inboxItem, worker } from '../support/fixtures';

// Firebase's own SDK, mocked: the app must only ever touch firebase/app and firebase/messaging
const firebase = vi.hoisted(() => ({
  initializeApp: vi.fn((options: object, name: string) => ({ name, options })),
  getApps: vi.fn((): Array<{ name: string }> => []),
  getMessaging: vi.fn((app: object) => ({ app })),
  getToken: vi.fn(async (): Promise<string> => 'fcm-web-token-1'),
  onMessage: vi.fn((_messaging: unknown, _listener: (payload: unknown) => void) => () => {}),
}));
vi.mock('firebase/app', () => ({ initializeApp: firebase.initializeApp, getApps: firebase.getApps }));
vi.mock('firebase/messaging', () => ({
  getMessaging: firebase.getMessaging,
  getToken: firebase.getToken,
  onMessage: firebase.onMessage,
}));

const WEB_PUSH: WebPushConfig = {
  apiKey: 'web-api-key',
  authDomain: null,
  projectId: 'fugong-test',
  messagingSenderId: '123456789012',
  appId: '1:123456789012:web:abc',
  vapidKey: 'BVapidKey',
};

/** The browser's notification permission, as the worker will answer it. */
class FakeNotification {
  static permission: NotificationPermission = 'default';
  static answer: NotificationPermission = 'granted';
  static requestPermission = vi.fn(async () => {
    FakeNotification.permission = FakeNotification.answer;
    return FakeNotification.answer;
  });
}

const registration = { scope: '/app/' } as ServiceWorkerRegistration;
const serviceWorker = { register: vi.fn(async (_url: string, _options?: RegistrationOptions) => registration) };

let server: FakeServer;

beforeEach(() => {
  server = new FakeServer();
  server.on('GET', '/app/config', { webPush: WEB_PUSH });
  server.on('GET', '/me', worker());
  server.on('PUT', '/me', (call) => ({ ...worker(), ...(call.body as object) }));
  server.on('GET', '/me/inbox', { items: [inboxItem({ noticeId: 'n1', title: '春风行动招聘会' })], nextCursor: null });
  server.on('PUT', '/me/devices/{installationId}', (call) => ({
    installationId: call.params.installationId,
    workerId: 'w1',
    platform: 'WEB' as const,
    locale: (call.body as DeviceRegistration).locale ?? null,
    active: true,
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
  }));
  server.on('DELETE', '/me/devices/{installationId}', undefined);
  vi.stubGlobal('fetch', server.fetch);
  vi.stubGlobal('scrollTo', () => {});
  vi.stubGlobal('Notification', FakeNotification);
  vi.stubGlobal('PushManager', class {});
  Object.defineProperty(navigator, 'serviceWorker', { value: serviceWorker, configurable: true });
  FakeNotification.permission = 'default';
  FakeNotification.answer = 'granted';
  localStorage.clear();
  localStorage.setItem('fugong.accessToken', 'a1');
  localStorage.setItem('fugong.refreshToken', 'r1');
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.clearAllMocks();
  Reflect.deleteProperty(navigator, 'serviceWorker');
  localStorage.clear();
  setLocale('zh-CN');
  history.replaceState(null, '', '#');
});

function start(hash = '#/inbox'): HTMLElement {
  history.replaceState(null, '', hash);
  const app = document.createElement('fg-app');
  document.body.append(app);
  return app;
}

function deviceRegistrations() {
  return server.calls.filter((c) => c.method === 'PUT' && c.path.startsWith('/me/devices/'));
}

describe('web push, configured on the server', () => {
  it('explains first, asks only when the worker taps "turn on", and registers the browser as a WEB device', async () => {
    const app = start();

    const offer = await until(() => byTestId(app, 'push-offer'));
    expect(offer.textContent).toContain('开启消息提醒');
    expect(offer.textContent).toContain('招聘会、返岗专车和补贴政策');
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled();
    expect(serviceWorker.register).toHaveBeenCalledWith(expect.stringMatching(/^\/app\/sw\.js\?.*apiKey=web-api-key/), { scope: '/app/' });

    tap(byTestId(app, 'push-enable')!);

    await until(() => byTestId(app, 'push-on'));
    expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1);
    expect(firebase.initializeApp).toHaveBeenCalledWith(
      expect.objectContaining({ apiKey: 'web-api-key', projectId: 'fugong-test', messagingSenderId: '123456789012', appId: '1:123456789012:web:abc' }),
      'fugong',
    );
    expect(firebase.getToken).toHaveBeenCalledWith(expect.anything(), { vapidKey: 'BVapidKey', serviceWorkerRegistration: registration });
    const [device] = deviceRegistrations();
    expect(device.params.installationId).toBe(localStorage.getItem('fugong.installationId'));
    expect(device.params.installationId).toMatch(/^web-[0-9a-f-]{36}$/);
    expect(device.body).toMatchObject({ platform: 'WEB', fcmToken: 'fcm-web-token-1', locale: 'zh-CN' });
    expect((device.body as DeviceRegistration).appVersion).toMatch(/^web-\d/);
    expect(byTestId(app, 'push-offer')).toBeNull();
  });

  it('registers nothing when the worker refuses, and the inbox works all the same', async () => {
    FakeNotification.answer = 'denied';
    const app = start();

    tap(await until(() => byTestId(app, 'push-enable')));

    const blocked = await until(() => byTestId(app, 'push-blocked'));
    expect(blocked.textContent).toContain('浏览器已阻止');
    expect(firebase.getToken).not.toHaveBeenCalled();
    expect(deviceRegistrations()).toHaveLength(0);
    expect((await until(() => byTestId(app, 'inbox-item'))).textContent).toContain('春风行动招聘会');
  });

  it('does not ask again for a week after "not now", but the profile still offers it', async () => {
    const first = start();
    tap(await until(() => byTestId(first, 'push-later')));
    await until(() => !byTestId(first, 'push-offer'));
    first.remove();

    const again = start();
    await until(() => byTestId(again, 'inbox-item'));
    await until(() => serviceWorker.register.mock.calls.length === 2);
    expect(byTestId(again, 'push-offer')).toBeNull();
    again.remove();

    const profile = start('#/profile');
    await until(() => byTestId(profile, 'push-offer'));
    expect(byTestId(profile, 'push-later')).toBeNull();
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled();
  });

  it('registers again, without asking, when notifications were allowed before (tokens change)', async () => {
    FakeNotification.permission = 'granted';
    const app = start();

    await until(() => deviceRegistrations().length === 1);
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled();
    expect(byTestId(app, 'push-offer')).toBeNull();
  });

  it('tells the server the new language, so pushes come in it', async () => {
    FakeNotification.permission = 'granted';
    const app = start();
    await until(() => deviceRegistrations().length === 1);

    tap(byTestId(app, 'lang-switch')!);

    await until(() => deviceRegistrations().length === 2);
    expect(deviceRegistrations()[1].body).toMatchObject({ platform: 'WEB', locale: 'en' });
    expect(deviceRegistrations()[1].params.installationId).toBe(deviceRegistrations()[0].params.installationId);
  });

  it('stops pushes to this browser when the worker signs out', async () => {
    FakeNotification.permission = 'granted';
    const app = start('#/profile');
    await until(() => deviceRegistrations().length === 1);
    const installation = deviceRegistrations()[0].params.installationId;

    tap(await until(() => byTestId(app, 'sign-out')));

    await until(() => server.callsTo('DELETE', `/me/devices/${installation}`).length === 1);
    expect(server.callsTo('DELETE', `/me/devices/${installation}`)[0].headers.get('Authorization')).toBe('Bearer a1');
    await until(() => app.querySelector('fg-login-view'));
  });

  it('says so in the app when a push comes while it is open, and refreshes the inbox', async () => {
    FakeNotification.permission = 'granted';
    const app = start();
    await until(() => firebase.onMessage.mock.calls.length === 1);
    const inboxReads = server.callsTo('GET', '/me/inbox').length;

    const listener = firebase.onMessage.mock.calls[0][1];
    listener({ data: { noticeId: 'n9', type: 'JOB_FAIR', kind: 'NOTICE' }, notification: { title: '新的招聘会' } });

    const toast = await until(() => byTestId(app, 'push-toast'));
    expect(toast.textContent).toContain('新通知：新的招聘会');
    expect(toast.querySelector('a')!.getAttribute('href')).toBe('#/notices/n9');
    await until(() => server.callsTo('GET', '/me/inbox').length > inboxReads);
  });
});

describe('web push, not configured on the server', () => {
  it('asks nothing, and the app is still installable', async () => {
    server.on('GET', '/app/config', { webPush: null });
    const app = start();

    await until(() => byTestId(app, 'inbox-item'));
    await until(() => serviceWorker.register.mock.calls.length === 1);
    expect(serviceWorker.register).toHaveBeenCalledWith('/app/sw.js', { scope: '/app/' });
    expect(byTestId(app, 'push-offer')).toBeNull();
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled();
    expect(firebase.getToken).not.toHaveBeenCalled();
    expect(deviceRegistrations()).toHaveLength(0);
  });

  it('asks nothing in a browser that cannot receive pushes', async () => {
    vi.stubGlobal('PushManager', undefined);
    Reflect.deleteProperty(window, 'PushManager');
    const app = start();

    await until(() => byTestId(app, 'inbox-item'));
    await until(() => serviceWorker.register.mock.calls.length === 1);
    expect(byTestId(app, 'push-offer')).toBeNull();
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled();
  });
});
