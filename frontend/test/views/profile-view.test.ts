import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Worker } from '../../src/api/types';
import { getLocale, setLocale } from '../../src/i18n/i18n';
import '../../src/views/profile-view';
import type { ProfileView } from '../../src/views/profile-view';
import { allByTestId, byTestId, choose, tap, tick, type, until } from '../support/dom';
import { FakeServer, problem, signedInApi } from '../support/fake-server';
import { serveReference } from '../support/reference';
import { worker as workerWith } from '../support/fixtures';

const worker: Worker = workerWith({
  name: '李雷',
  subscriptions: ['JOB_FAIR', 'JOB_POSTING', 'RETURN_BUS', 'POLICY', 'ANNOUNCEMENT'],
});

let server: FakeServer;

beforeEach(() => {
  server = serveReference(new FakeServer());
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
    expect(chips(view, 'profile-industries')).toEqual(['制造业']);
    expect(chips(view, 'profile-skills')).toEqual(['焊工']);
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
    await pick(view, 'profile-skills', 'ccsj', '叉车司机');
    tick(byTestId<HTMLInputElement>(view, 'profile-employment-student')!);
    type(byTestId<HTMLInputElement>(view, 'profile-school')!, ' 湛江市技师学院 ');
    type(byTestId<HTMLInputElement>(view, 'profile-graduation-year')!, '2027');
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
      school: '湛江市技师学院',
      graduationYear: 2027,
    });
    expect(getLocale()).toBe('en');
    expect(byTestId(view, 'profile-saved')!.textContent).toBe('Profile saved.');
  });

  it('offers the schools other students named', async () => {
    server.on('GET', '/reference/schools', ['湛江市技师学院', '广东农工商职业技术学院']);
    const { view } = await show();

    await until(() => view.querySelectorAll('#profile-school-options option').length === 2);
    expect(byTestId<HTMLInputElement>(view, 'profile-school')!.getAttribute('list')).toBe('profile-school-options');
    expect(view.querySelector('label[for="profile-graduation-year"]')!.textContent).toContain('毕业年份');
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

describe('industries and skills', () => {
  it('a worker picks 电工 and 制造业 by typing Chinese or pinyin initials, and the saved profile holds their codes', async () => {
    server.on('GET', '/me', { ...worker, industries: [], skills: [] });
    server.on('PUT', '/me', (call) => ({ ...worker, ...(call.body as object) }));
    const { view } = await show();

    await pick(view, 'profile-skills', '电工', '电工');
    await pick(view, 'profile-industries', 'zzy', '制造业');
    await pick(view, 'profile-skills', 'bzg', '包装工');
    await pick(view, 'profile-industries', '纺织', '纺织业');
    expect(chips(view, 'profile-skills')).toEqual(['电工', '包装工']);
    expect(chips(view, 'profile-industries')).toEqual(['制造业', '纺织业']);
    tap(byTestId(view, 'profile-save')!);

    await until(() => byTestId(view, 'profile-saved'));
    expect(server.callsTo('PUT', '/me')[0].body).toMatchObject({
      industries: ['manufacturing', 'textile'],
      skills: ['electrician', 'packing'],
    });
  });

  it('shows the server’s message under the picker, naming what it refused', async () => {
    server.on('GET', '/me', { ...worker, skills: ['welding', 'boilermaking'] });
    server.on('PUT', '/me', () =>
      problem(400, { detail: '输入有误', errors: [{ field: 'skills[1]', message: '没有“boilermaking”这个工种（技能）' }] }),
    );
    const { view } = await show();

    expect(chips(view, 'profile-skills')).toEqual(['焊工', 'boilermaking']);
    tap(byTestId(view, 'profile-save')!);

    await until(() => byTestId(view, 'profile-skills-error')!.textContent === '没有“boilermaking”这个工种（技能）');
    expect(byTestId(view, 'profile-skills')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('offers the provinces the server lists, and their cities', async () => {
    const { view } = await show();

    const provinces = Array.from(byTestId<HTMLSelectElement>(view, 'profile-province')!.options).map((o) => o.value);
    expect(provinces).toEqual(['', '广东省', '广西壮族自治区', '北京市']);
    choose(byTestId<HTMLSelectElement>(view, 'profile-province')!, '北京市');
    await view.updateComplete;
    expect(byTestId<HTMLInputElement>(view, 'profile-city')!.value).toBe('北京市');
  });

  it('says so and offers a retry when the lists cannot be loaded', async () => {
    server.on('GET', '/reference/skills', () => problem(503, { title: 'Service Unavailable' }));
    const { api } = signedInApi(server);
    const view = document.createElement('fg-profile-view');
    view.api = api;
    document.body.append(view);

    await until(() => byTestId(view, 'profile-error'));
    serveReference(server);
    view.querySelector<HTMLButtonElement>('.state--error button')!.click();
    await until(() => byTestId(view, 'profile-form'));
    expect(chips(view, 'profile-skills')).toEqual(['焊工']);
  });
});

function chips(view: ProfileView, picker: string): string[] {
  return allByTestId(view, `${picker}-chip`).map((chip) => chip.querySelector('span')!.textContent!);
}

/** Types into a picker as a worker does and taps the suggestion with this name. */
async function pick(view: ProfileView, picker: string, typed: string, name: string): Promise<void> {
  const input = byTestId<HTMLInputElement>(view, picker)!;
  input.dispatchEvent(new Event('focus'));
  type(input, typed);
  const option = await until(() =>
    allByTestId(view, `${picker}-option`).find((o) => o.querySelector('span')!.textContent === name),
  );
  option.click();
  await view.updateComplete;
}
