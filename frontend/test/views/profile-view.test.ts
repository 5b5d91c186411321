import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Worker } from '../../src/api/types';
import { getLocale, setLocale } from '../../src/i18n/i18n';
import '../../src/views/profile-view';
import { codesOf, type ProfileView } from '../../src/views/profile-view';
import { byTestId, choose, tap, tick, type, until } from '../support/dom';
import { FakeServer, problem, signedInApi } from '../support/fake-server';
import { worker as workerWith } from '../support/fixtures';

const worker: Worker = workerWith({
  name: '李雷',
  subscriptions: ['JOB_FAIR', 'JOB_POSTING', 'RETURN_BUS', 'POLICY', 'ANNOUNCEMENT'],
});

let server: FakeServer;

beforeEach(() => {
  server = new FakeServer();
  server.on('GET', '/me', worker);
});

afterEach(() => {
  document.body.innerHTML = '';
  setLocale('zh-CN');
});

async function show(): Promise<{ view: ProfileView; tokens: ReturnType<typeof signedInApi>['tokens'] }> {
  const { api, tokens } = signedInApi(server);
  const view = document.createElement('fg-profile-view');
  view.api = api;
  document.body.append(view);
  await until(() => byTestId(view, 'profile-form'));
  return { view, tokens };
}

describe('the profile', () => {
  it('shows the saved profile', async () => {
    const { view } = await show();

    expect(byTestId<HTMLInputElement>(view, 'profile-name')!.value).toBe('李雷');
    expect(byTestId<HTMLSelectElement>(view, 'profile-province')!.value).toBe('广西壮族自治区');
    expect(byTestId<HTMLInputElement>(view, 'profile-city')!.value).toBe('南宁市');
    expect(byTestId<HTMLInputElement>(view, 'profile-industries')!.value).toBe('manufacturing');
    expect(byTestId<HTMLInputElement>(view, 'profile-employment-seeking')!.checked).toBe(true);
    expect(byTestId<HTMLInputElement>(view, 'profile-subscription-return-bus')!.checked).toBe(true);
    expect(byTestId(view, 'profile-phone')!.textContent).toContain('+86 138 0013 8000');
    for (const input of view.querySelectorAll('input[type="text"], select')) {
      expect(view.querySelector(`label[for="${input.id}"]`), `label for ${input.id}`).not.toBeNull();
    }
  });

  it('saves the changes with PUT /me and switches to the chosen language', async () => {
    server.on('PUT', '/me', (call) => ({ ...worker, ...(call.body as Partial<Worker>) }));
    const { view } = await show();

    type(byTestId<HTMLInputElement>(view, 'profile-name')!, ' 韩梅梅 ');
    choose(byTestId<HTMLSelectElement>(view, 'profile-province')!, '广东省');
    type(byTestId<HTMLInputElement>(view, 'profile-city')!, '湛江市');
    type(byTestId<HTMLInputElement>(view, 'profile-skills')!, 'Welding，forklift 、 welding');
    tick(byTestId<HTMLInputElement>(view, 'profile-employment-student')!);
    tick(byTestId<HTMLInputElement>(view, 'profile-subscription-announcement')!);
    choose(byTestId<HTMLSelectElement>(view, 'profile-locale')!, 'en');
    tap(byTestId(view, 'profile-save')!);

    await until(() => byTestId(view, 'profile-saved'));
    expect(server.callsTo('PUT', '/me')[0].body).toEqual({
      name: '韩梅梅',
      hometown: { province: '广东省', city: '湛江市' },
      district: '赤坎区',
      industries: ['manufacturing'],
      skills: ['welding', 'forklift'],
      employmentStatus: 'STUDENT',
      enterpriseId: null,
      locale: 'en',
      subscriptions: ['JOB_FAIR', 'JOB_POSTING', 'RETURN_BUS', 'POLICY'],
    });
    expect(getLocale()).toBe('en');
    expect(byTestId(view, 'profile-saved')!.textContent).toBe('Profile saved.');
  });

  it('shows the server’s messages next to the fields', async () => {
    server.on('PUT', '/me', () =>
      problem(400, { detail: '资料有误', errors: [{ field: 'hometown.city', message: '不是广东省的城市' }] }),
    );
    const { view } = await show();

    tap(byTestId(view, 'profile-save')!);

    await until(() => byTestId(view, 'field-error-city')!.textContent === '不是广东省的城市');
    expect(byTestId(view, 'profile-form-error')!.textContent).toContain('资料有误');
    expect(byTestId(view, 'profile-city')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('requires a name before saving', async () => {
    const { view } = await show();

    type(byTestId<HTMLInputElement>(view, 'profile-name')!, '  ');
    tap(byTestId(view, 'profile-save')!);

    await until(() => byTestId(view, 'field-error-name')!.textContent === '此项必填');
    expect(server.callsTo('PUT', '/me')).toHaveLength(0);
  });

  it('signs out', async () => {
    const { view, tokens } = await show();
    const signedOut = vi.fn();
    view.addEventListener('signed-out', signedOut);

    tap(byTestId(view, 'sign-out')!);

    expect(tokens.accessToken).toBeNull();
    expect(signedOut).toHaveBeenCalledTimes(1);
  });
});

describe('codesOf', () => {
  it('makes lower-case codes from what the worker typed', () => {
    expect(codesOf(' Welding, forklift；CNC、welding ')).toEqual(['welding', 'forklift', 'cnc']);
    expect(codesOf('')).toEqual([]);
  });
});
