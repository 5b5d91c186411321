import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../src/api/client';
import { MemoryTokenStore } from '../../src/api/tokens';
import { WorkerApi } from '../../src/api/worker-api';
import '../../src/views/login-view';
import type { LoginView } from '../../src/views/login-view';
import { byTestId, tap, type, until } from '../support/dom';
import { FakeServer, problem } from '../support/fake-server';

let server: FakeServer;
let tokens: MemoryTokenStore;
let view: LoginView;

beforeEach(() => {
  server = new FakeServer();
  tokens = new MemoryTokenStore();
  view = document.createElement('fg-login-view');
  view.api = new WorkerApi(new ApiClient({ tokens, fetch: server.fetch }));
  document.body.append(view);
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

async function askForCode(phone: string): Promise<void> {
  await view.updateComplete;
  type(byTestId<HTMLInputElement>(view, 'phone-input')!, phone);
  tap(byTestId(view, 'request-code')!);
}

describe('signing in', () => {
  it('adds +86 to an 11-digit number and asks for a code', async () => {
    server.on('POST', '/auth/otp', { expiresInSeconds: 300 });

    await askForCode('138 0013 8000');

    const codeInput = await until(() => byTestId<HTMLInputElement>(view, 'code-input'));
    expect(server.callsTo('POST', '/auth/otp')[0].body).toEqual({ phone: '+8613800138000' });
    expect(byTestId(view, 'code-sent')!.textContent).toContain('+86 138 0013 8000');
    expect(byTestId(view, 'code-sent')!.textContent).toContain('5');
    expect(view.querySelector(`label[for="${codeInput.id}"]`)).not.toBeNull();
  });

  it('refuses a number that is not a mainland mobile number', async () => {
    await askForCode('12345');

    await until(() => byTestId(view, 'phone-error')!.textContent!.includes('11 位'));
    expect(server.calls).toHaveLength(0);
    expect(byTestId(view, 'phone-input')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows how long to wait after a 429, counting down from Retry-After', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    server.on('POST', '/auth/otp', () => problem(429, { title: 'Too Many Requests' }, { 'Retry-After': '42' }));

    await askForCode('13800138000');

    const wait = await until(() => byTestId(view, 'wait-message'));
    expect(wait.textContent).toContain('42');
    expect(byTestId<HTMLButtonElement>(view, 'request-code')!.disabled).toBe(true);

    vi.advanceTimersByTime(2000);
    await view.updateComplete;
    expect(byTestId(view, 'wait-message')!.textContent).toContain('40');

    vi.advanceTimersByTime(40_000);
    await view.updateComplete;
    expect(byTestId(view, 'wait-message')).toBeNull();
    expect(byTestId<HTMLButtonElement>(view, 'request-code')!.disabled).toBe(false);
  });

  it('signs in with the code, keeps the tokens and says so', async () => {
    server.on('POST', '/auth/otp', { expiresInSeconds: 300 });
    server.on('POST', '/auth/token', { accessToken: 'a1', refreshToken: 'r1', expiresInSeconds: 900, workerId: 'w1' });
    const signedIn = vi.fn();
    view.addEventListener('signed-in', signedIn);

    await askForCode('13800138000');
    type(await until(() => byTestId<HTMLInputElement>(view, 'code-input')), '123456');
    tap(byTestId(view, 'sign-in')!);

    await until(() => signedIn.mock.calls.length === 1);
    expect(server.callsTo('POST', '/auth/token')[0].body).toEqual({ phone: '+8613800138000', code: '123456' });
    expect(tokens.accessToken).toBe('a1');
    expect(tokens.refreshToken).toBe('r1');
  });

  it('says when the code is wrong', async () => {
    server.on('POST', '/auth/otp', { expiresInSeconds: 300 });
    server.on('POST', '/auth/token', () => problem(401, { title: 'Unauthorized' }));

    await askForCode('13800138000');
    type(await until(() => byTestId<HTMLInputElement>(view, 'code-input')), '000000');
    tap(byTestId(view, 'sign-in')!);

    await until(() => byTestId(view, 'code-error')!.textContent!.includes('验证码不正确'));
    expect(tokens.accessToken).toBeNull();
    expect(server.callsTo('POST', '/auth/refresh')).toHaveLength(0);
  });
});
