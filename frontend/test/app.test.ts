import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../src/app';
import type { Worker } from '../src/api/types';
import { getLocale, setLocale } from '../src/i18n/i18n';
import { byTestId, tap, type, until } from './support/dom';
import { FakeServer, problem } from './support/fake-server';
import { announcement, worker as workerWith } from './support/fixtures';

const worker: Worker = workerWith({ name: '李雷', industries: [], skills: [], subscriptions: ['JOB_FAIR'] });

let server: FakeServer;

beforeEach(() => {
  server = new FakeServer();
  server.on('GET', '/me', worker);
  server.on('GET', '/me/inbox', { items: [], nextCursor: null });
  vi.stubGlobal('fetch', server.fetch);
  vi.stubGlobal('scrollTo', () => {}); // jsdom has no layout
  localStorage.clear();
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  localStorage.clear();
  setLocale('zh-CN');
  history.replaceState(null, '', '#');
});

function start(hash: string): HTMLElement {
  history.replaceState(null, '', hash);
  const app = document.createElement('fg-app');
  document.body.append(app);
  return app;
}

function signIn(): void {
  localStorage.setItem('fugong.accessToken', 'a1');
  localStorage.setItem('fugong.refreshToken', 'r1');
}

describe('the app shell', () => {
  it('sends a worker who is not signed in to sign-in first', async () => {
    const app = start('#/notices/n1');

    await until(() => app.querySelector('fg-login-view'));
    expect(location.hash).toBe('#/login');
    expect(byTestId(app, 'tab-inbox')).toBeNull();
    expect(byTestId(app, 'phone-input')).not.toBeNull();
  });

  it('takes the worker where they were going once signed in', async () => {
    server.on('POST', '/auth/otp', { expiresInSeconds: 300 });
    server.on('POST', '/auth/token', { accessToken: 'a1', refreshToken: 'r1', expiresInSeconds: 3600, workerId: 'w1' });
    server.on('GET', '/notices/{id}', announcement({ id: 'n1', title: { 'zh-CN': '通知' } }), { id: 'n1' });
    server.on('POST', '/notices/{id}/read', undefined);
    const app = start('#/notices/n1');

    type(await until(() => byTestId<HTMLInputElement>(app, 'phone-input')), '13800138000');
    tap(byTestId(app, 'request-code')!);
    type(await until(() => byTestId<HTMLInputElement>(app, 'code-input')), '123456');
    tap(byTestId(app, 'sign-in')!);

    await until(() => byTestId(app, 'notice-title')?.textContent === '通知');
    expect(location.hash).toBe('#/notices/n1');
    expect(localStorage.getItem('fugong.accessToken')).toBe('a1');
    expect(byTestId(app, 'tab-inbox')!.getAttribute('aria-current')).toBe('page');
  });

  it('shows the inbox and the tab bar to a signed-in worker', async () => {
    signIn();
    const app = start('#/inbox');

    await until(() => byTestId(app, 'inbox-empty'));
    expect(byTestId(app, 'tab-inbox')!.getAttribute('aria-current')).toBe('page');
    expect(byTestId(app, 'tab-responses')!.getAttribute('aria-current')).toBeNull();
    expect(document.title).toContain('消息');
  });

  it('follows the profile’s language', async () => {
    server.on('GET', '/me', { ...worker, locale: 'en' });
    signIn();
    const app = start('#/inbox');

    await until(() => getLocale() === 'en');
    await until(() => byTestId(app, 'tab-inbox')!.textContent!.includes('Inbox'));
  });

  it('switches language from the header and saves it to the profile', async () => {
    server.on('PUT', '/me', (call) => ({ ...worker, ...(call.body as Partial<Worker>) }));
    signIn();
    const app = start('#/inbox');
    await until(() => byTestId(app, 'inbox-empty'));

    tap(byTestId(app, 'lang-switch')!);

    await until(() => byTestId(app, 'tab-responses')!.textContent!.includes('My responses'));
    await until(() => server.callsTo('PUT', '/me').length === 1);
    expect(server.callsTo('PUT', '/me')[0].body).toMatchObject({ locale: 'en', name: '李雷' });
    await until(() => server.callsTo('GET', '/me/inbox').some((c) => c.headers.get('Accept-Language') === 'en'));
  });

  it('returns to sign-in when the session cannot be renewed', async () => {
    server.on('GET', '/me/inbox', () => problem(401, { title: 'Unauthorized' }));
    server.on('POST', '/auth/refresh', () => problem(401, { title: 'Unauthorized' }));
    signIn();
    const app = start('#/inbox');

    await until(() => app.querySelector('fg-login-view'));
    expect(localStorage.getItem('fugong.accessToken')).toBeNull();
  });
});
