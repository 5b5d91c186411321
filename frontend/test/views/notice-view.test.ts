import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Notice, NoticeResponse } from '../../src/api/types';
import { setLocale } from '../../src/i18n/i18n';
import '../../src/views/notice-view';
import type { NoticeView } from '../../src/views/notice-view';
import { allByTestId, byTestId, choose, tap, tick, type, until } from '../support/dom';
import { deferred, FakeServer, problem, signedInApi, unchecked } from '../support/fake-server';
import { announcement, enterprisePolicy, jobFair, jobPosting, policy, response, returnBus } from '../support/fixtures';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: FakeServer;

beforeEach(() => {
  server = new FakeServer();
  server.on('GET', '/me/responses', { items: [], nextCursor: null });
  server.on('POST', '/notices/{id}/read', undefined);
});

afterEach(() => {
  document.body.innerHTML = '';
  setLocale('zh-CN');
});

/** Shows the notice screen for a notice the fake server holds, once its form (or its absence) is settled. */
async function open(notice: Notice): Promise<NoticeView> {
  server.on('GET', '/notices/{id}', notice, { id: notice.id });
  const { api } = signedInApi(server);
  const view = document.createElement('fg-notice-view');
  view.api = api;
  view.noticeId = notice.id;
  document.body.append(view);
  await until(() => byTestId(view, 'notice-title'));
  // the form waits for the look-up of an existing response
  await until(() => !view.querySelector('.state--loading'));
  return view;
}

function postedResponses() {
  return server.calls.filter((c) => c.method === 'POST' && /^\/notices\/[^/]+\/responses$/.test(c.path));
}

describe('the notice screen', () => {
  it('shows the notice as plain text, keeping line breaks, and marks it read', async () => {
    const view = await open(
      jobFair({ title: { 'zh-CN': '<img src=x onerror="alert(1)">招聘会' }, body: { 'zh-CN': '<b>第一行</b>\n第二行' } }),
    );

    expect(byTestId(view, 'notice-title')!.textContent).toBe('<img src=x onerror="alert(1)">招聘会');
    expect(byTestId(view, 'notice-body')!.textContent).toBe('<b>第一行</b>\n第二行');
    expect(view.querySelector('img, b')).toBeNull();
    expect(byTestId(view, 'notice-body')!.classList.contains('plain-text')).toBe(true);
    await until(() => server.callsTo('POST', '/notices/fair-1/read').length === 1);
    expect(server.callsTo('GET', '/notices/fair-1')[0].headers.get('Accept-Language')).toBe('zh-CN');
  });

  it('asks for the notice in English when the worker reads English', async () => {
    setLocale('en');
    const view = await open(jobFair());

    expect(server.callsTo('GET', '/notices/fair-1')[0].headers.get('Accept-Language')).toBe('en');
    expect(byTestId(view, 'notice-title')!.textContent).toBe('Spring online job fair');
  });

  it('says when a notice is not there', async () => {
    const { api } = signedInApi(server);
    const view = document.createElement('fg-notice-view');
    view.api = api;
    view.noticeId = 'gone';
    document.body.append(view);

    await until(() => byTestId(view, 'notice-not-found'));
  });

  it('shows the facts of each type', async () => {
    const fair = await open(jobFair());
    expect(byTestId(fair, 'fact-venue')!.textContent).toContain('湛江市人力资源市场');
    expect(byTestId(fair, 'fact-mode')!.textContent).toContain('现场');
    expect(byTestId(fair, 'fact-enterprises')!.textContent).toContain('2 家企业');
    expect(byTestId(fair, 'fact-positions')!.textContent).toContain('3,200 个岗位');
    expect(byTestId(fair, 'fact-starts-at')!.textContent).toContain('09:00'); // 01:00Z in Shanghai
    expect(fair.querySelector<HTMLAnchorElement>('[data-testid="fact-url"] a')!.href).toBe('https://jobs.example.cn/fair');
    fair.remove();

    const posting = await open(jobPosting());
    expect(byTestId(posting, 'fact-enterprise')!.textContent).toContain('湛江钢铁');
    expect(byTestId(posting, 'fact-salary')!.textContent).toMatch(/6,000.*9,000/);
    expect(byTestId(posting, 'fact-requirements')!.textContent).toContain('持焊工证\n两年经验');
    posting.remove();

    const bus = await open(returnBus());
    expect(byTestId(bus, 'fact-origin')!.textContent).toContain('广西壮族自治区 南宁市');
    expect(byTestId(bus, 'fact-seats')!.textContent).toContain('45');
    expect(byTestId(bus, 'fact-health')!.textContent).toContain('核酸');
    bus.remove();

    const subsidy = await open(policy());
    expect(byTestId(subsidy, 'fact-benefit')!.textContent).toContain('职业培训补贴');
    expect(byTestId(subsidy, 'fact-amount-per-person')!.textContent).toMatch(/1,000/);
    expect(byTestId(subsidy, 'fact-eligibility')!.textContent).toContain('首次');
    expect(byTestId(subsidy, 'fact-applicant')!.textContent).toContain('个人');
    subsidy.remove();

    const hiring = await open(enterprisePolicy());
    expect(byTestId(hiring, 'fact-benefit')!.textContent).toContain('一次性吸纳就业补贴');
    expect(byTestId(hiring, 'fact-cap')!.textContent).toMatch(/200,000/);
    expect(byTestId(hiring, 'fact-applicant')!.textContent).toContain('企业');
  });

  it('names every fact in English too, and shows no code or id', async () => {
    setLocale('en');
    for (const notice of [jobFair({ jobFair: { ...jobFair().jobFair!, mode: 'HYBRID' } }), jobPosting(), returnBus(), policy(), enterprisePolicy(), announcement()]) {
      const view = await open(notice);
      const text = view.textContent!;
      expect(text, notice.type).not.toMatch(/\b[A-Z]{2,}(_[A-Z]+)+\b|\b(ONLINE|ONSITE|HYBRID|JOB_FAIR|POLICY|WORKER|ENTERPRISE)\b/);
      expect(text, notice.type).not.toMatch(/\be\d\b|official-1|fair-1|post-1|bus-1|policy-\d|ann-1/);
      view.remove();
    }
  });

  it('counts one thing in the singular in English', async () => {
    setLocale('en');
    const one = await open(jobFair({ jobFair: { ...jobFair().jobFair!, enterpriseIds: ['e1'], positions: 1, capacity: 1 } }));
    expect(byTestId(one, 'fact-enterprises')!.textContent).toContain('1 employer');
    expect(byTestId(one, 'fact-enterprises')!.textContent).not.toContain('employers');
    expect(byTestId(one, 'fact-positions')!.textContent).toContain('1 position');
    expect(byTestId(one, 'fact-positions')!.textContent).not.toContain('positions');
    expect(byTestId(one, 'fact-capacity')!.textContent).toContain('1 person');
    one.remove();

    const many = await open(jobFair({ jobFair: { ...jobFair().jobFair!, positions: 800, capacity: 300 } }));
    expect(byTestId(many, 'fact-enterprises')!.textContent).toContain('2 employers');
    expect(byTestId(many, 'fact-positions')!.textContent).toContain('800 positions');
    expect(byTestId(many, 'fact-capacity')!.textContent).toContain('300 people');
    many.remove();

    const bus = await open(returnBus({ returnBus: { ...returnBus().returnBus!, seats: 1 } }));
    expect(byTestId(bus, 'fact-seats')!.textContent!.trim()).toMatch(/1 seat$/);
  });

  it('opens a job fair whose positions the server sends as a count, with its RSVP form', async () => {
    const view = await open(jobFair({ jobFair: { ...jobFair().jobFair!, positions: 800, capacity: 300 } }));

    expect(byTestId(view, 'fact-positions')!.textContent).toContain('800 个岗位');
    expect(byTestId(view, 'fact-capacity')!.textContent).toContain('300 人');
    expect(byTestId(view, 'respond-form')!.dataset.kind).toBe('RSVP');
    expect(byTestId(view, 'loading')).toBeNull();
  });

  it('shows a notice it cannot draw as an error with a retry, never as loading for ever', async () => {
    let calls = 0;
    const broken = { ...returnBus(), returnBus: { ...returnBus().returnBus!, pickupPoints: '南宁东站' } };
    server.on('GET', '/notices/{id}', () => (++calls === 1 ? unchecked(200, broken) : returnBus()));
    const { api } = signedInApi(server);
    const view = document.createElement('fg-notice-view');
    view.api = api;
    view.noticeId = 'bus-1';
    document.body.append(view);

    const error = await until(() => byTestId(view, 'notice-error'));
    expect(error.textContent).toContain('暂时无法显示');
    expect(byTestId(view, 'loading')).toBeNull();

    tap(byTestId(view, 'notice-retry')!);
    await until(() => byTestId(view, 'respond-form'));
  });

  it('says what went wrong, with a retry, when the server fails or cannot be reached', async () => {
    let calls = 0;
    server.on('GET', '/notices/{id}', () => {
      calls++;
      if (calls === 1) return problem(500, { title: 'Internal Server Error' });
      if (calls === 2) return Promise.reject(new TypeError('Failed to fetch'));
      return jobFair();
    });
    const { api } = signedInApi(server);
    const view = document.createElement('fg-notice-view');
    view.api = api;
    view.noticeId = 'fair-1';
    document.body.append(view);

    expect((await until(() => byTestId(view, 'notice-error'))).textContent).toContain('服务暂时不可用');
    tap(byTestId(view, 'notice-retry')!);
    await until(() => byTestId(view, 'notice-error')?.textContent?.includes('网络'));
    tap(byTestId(view, 'notice-retry')!);
    await until(() => byTestId(view, 'notice-title'));
  });

  it('never turns a non-web link into a link', async () => {
    const view = await open(jobFair({ jobFair: { ...jobFair().jobFair!, mode: 'ONLINE', url: 'javascript:alert(1)' } }));

    expect(view.querySelector('[data-testid="fact-url"] a')).toBeNull();
    expect(byTestId(view, 'fact-url')!.textContent).toContain('javascript:alert(1)');
  });
});

describe('the respond form', () => {
  it('offers no form for an announcement', async () => {
    const view = await open(announcement());

    expect(byTestId(view, 'respond-form')).toBeNull();
    expect(byTestId(view, 'respond-submit')).toBeNull();
    expect(server.callsTo('GET', '/me/responses')).toHaveLength(0);
  });

  it('offers only the way a job fair is held, already chosen', async () => {
    const view = await open(jobFair());

    expect(byTestId(view, 'respond-form')!.dataset.kind).toBe('RSVP');
    expect(byTestId<HTMLInputElement>(view, 'respond-attendance-onsite')!.checked).toBe(true);
    expect(byTestId(view, 'respond-attendance-online')).toBeNull();
    expect(byTestId(view, 'respond-message')).toBeNull();
    expect(byTestId(view, 'respond-submit')!.textContent).toContain('确认报名');
  });

  it('asks how the worker attends a fair held both online and on site', async () => {
    const view = await open(jobFair({ jobFair: { ...jobFair().jobFair!, mode: 'HYBRID' } }));

    expect(byTestId(view, 'fact-mode')!.textContent).toContain('线上和现场');
    expect(byTestId<HTMLInputElement>(view, 'respond-attendance-onsite')!.checked).toBe(false);
    expect(byTestId<HTMLInputElement>(view, 'respond-attendance-online')!.checked).toBe(false);
    tap(byTestId(view, 'respond-submit')!);
    await until(() => byTestId(view, 'field-error-attendanceMode')!.textContent!.includes('参会方式'));
    expect(postedResponses()).toHaveLength(0);
  });

  it('sends an RSVP with the chosen attendance mode', async () => {
    server.on('POST', '/notices/{id}/responses', () => response({ noticeId: 'fair-1', kind: 'RSVP', status: 'SUBMITTED' }));
    const view = await open(jobFair({ jobFair: { ...jobFair().jobFair!, mode: 'HYBRID' } }));

    tick(byTestId<HTMLInputElement>(view, 'respond-attendance-online')!);
    tap(byTestId(view, 'respond-submit')!);

    await until(() => byTestId(view, 'response-status'));
    expect(postedResponses()[0].body).toEqual({ kind: 'RSVP', fields: { attendanceMode: 'ONLINE' } });
  });

  it('asks for a message and an optional salary for a job application', async () => {
    server.on('POST', '/notices/{id}/responses', () => response({ noticeId: 'post-1', kind: 'APPLY', status: 'SUBMITTED' }));
    const view = await open(jobPosting());
    const message = byTestId<HTMLTextAreaElement>(view, 'respond-message')!;
    const salary = byTestId<HTMLInputElement>(view, 'respond-expected-salary')!;

    expect(message.maxLength).toBe(2000);
    expect(view.querySelector(`label[for="${message.id}"]`)).not.toBeNull();
    expect(view.querySelector(`label[for="${salary.id}"]`)).not.toBeNull();

    type(message, '我有五年焊工经验');
    type(salary, '7000');
    tap(byTestId(view, 'respond-submit')!);

    await until(() => byTestId(view, 'response-status'));
    expect(postedResponses()[0].body).toEqual({ kind: 'APPLY', fields: { message: '我有五年焊工经验', expectedSalary: 7000 } });
  });

  it('leaves the salary out when none is given', async () => {
    server.on('POST', '/notices/{id}/responses', () => response({ noticeId: 'post-1', kind: 'APPLY', status: 'SUBMITTED' }));
    const view = await open(jobPosting());

    type(byTestId<HTMLTextAreaElement>(view, 'respond-message')!, 'hello');
    tap(byTestId(view, 'respond-submit')!);

    await until(() => postedResponses().length === 1);
    expect(postedResponses()[0].body).toEqual({ kind: 'APPLY', fields: { message: 'hello' } });
  });

  it('refuses an application with no message, an over-long one or a salary that is not a number', async () => {
    const view = await open(jobPosting());
    const message = byTestId<HTMLTextAreaElement>(view, 'respond-message')!;
    const salary = byTestId<HTMLInputElement>(view, 'respond-expected-salary')!;

    tap(byTestId(view, 'respond-submit')!);
    await until(() => byTestId(view, 'field-error-message')!.textContent!.includes('请填写留言'));

    type(message, 'x'.repeat(2001));
    type(salary, '七千');
    tap(byTestId(view, 'respond-submit')!);
    await until(() => byTestId(view, 'field-error-message')!.textContent!.includes('2000'));
    expect(byTestId(view, 'field-error-expectedSalary')!.textContent).toContain('整数');
    expect(message.getAttribute('aria-invalid')).toBe('true');
    expect(postedResponses()).toHaveLength(0);
  });

  it('offers the bus’s pickup points and a required health declaration', async () => {
    const view = await open(returnBus());
    const select = byTestId<HTMLSelectElement>(view, 'respond-pickup-point')!;

    expect(Array.from(select.options).map((o) => o.value)).toEqual(['', '南宁东站', '南宁汽车站']);
    expect(byTestId(view, 'respond-health-declared')).not.toBeNull();

    choose(select, '南宁汽车站');
    tap(byTestId(view, 'respond-submit')!);

    await until(() => byTestId(view, 'field-error-healthDeclared')!.textContent!.includes('健康承诺'));
    expect(postedResponses()).toHaveLength(0);
  });

  it('asks for no health declaration when the bus has no health requirement', async () => {
    server.on('POST', '/notices/{id}/responses', () => response({ status: 'CONFIRMED' }));
    const view = await open(returnBus({ returnBus: { ...returnBus().returnBus!, pickupPoints: ['南宁东站'], healthRequirement: null } }));

    expect(byTestId(view, 'respond-health-declared')).toBeNull();
    expect(byTestId<HTMLSelectElement>(view, 'respond-pickup-point')!.value).toBe('南宁东站');
    tap(byTestId(view, 'respond-submit')!);

    await until(() => postedResponses().length === 1);
    expect(postedResponses()[0].body).toEqual({ kind: 'SEAT_BOOKING', fields: { pickupPoint: '南宁东站' } });
  });

  it('books a seat with an Idempotency-Key and shows a waitlist place', async () => {
    server.on('POST', '/notices/{id}/responses', () => response({ status: 'WAITLISTED', waitlistPosition: 3 }));
    setLocale('en');
    const view = await open(returnBus());

    choose(byTestId<HTMLSelectElement>(view, 'respond-pickup-point')!, '南宁东站');
    tick(byTestId<HTMLInputElement>(view, 'respond-health-declared')!);
    tap(byTestId(view, 'respond-submit')!);

    const status = await until(() => byTestId(view, 'response-status'));
    expect(status.textContent).toContain('waitlist place 3');
    expect(status.dataset.status).toBe('WAITLISTED');
    const [post] = postedResponses();
    expect(post.body).toEqual({ kind: 'SEAT_BOOKING', fields: { pickupPoint: '南宁东站', healthDeclared: true } });
    expect(post.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(byTestId(view, 'respond-form')).toBeNull();
  });

  it('sends one response for a double tap', async () => {
    const answer = deferred<NoticeResponse>();
    server.on('POST', '/notices/{id}/responses', () => answer.promise);
    const view = await open(returnBus());
    choose(byTestId<HTMLSelectElement>(view, 'respond-pickup-point')!, '南宁东站');
    tick(byTestId<HTMLInputElement>(view, 'respond-health-declared')!);

    const form = byTestId<HTMLFormElement>(view, 'respond-form')!;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    answer.resolve(response({ status: 'CONFIRMED' }));

    await until(() => byTestId(view, 'response-status'));
    expect(postedResponses()).toHaveLength(1);
  });

  it('retries a submission that got no answer with the same Idempotency-Key', async () => {
    let attempts = 0;
    server.on('POST', '/notices/{id}/responses', () => {
      attempts++;
      return attempts === 1 ? Promise.reject(new TypeError('Failed to fetch')) : response({ status: 'CONFIRMED' });
    });
    const view = await open(returnBus());
    choose(byTestId<HTMLSelectElement>(view, 'respond-pickup-point')!, '南宁东站');
    tick(byTestId<HTMLInputElement>(view, 'respond-health-declared')!);

    tap(byTestId(view, 'respond-submit')!);
    const error = await until(() => byTestId(view, 'respond-error'));
    expect(error.textContent).toContain('网络');
    await until(() => !byTestId<HTMLButtonElement>(view, 'respond-submit')!.disabled);
    tap(byTestId(view, 'respond-submit')!);

    await until(() => byTestId(view, 'response-status'));
    const [first, second] = postedResponses();
    expect(first.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(second.headers.get('Idempotency-Key')).toBe(first.headers.get('Idempotency-Key'));
  });

  it('shows the server’s message next to the field it concerns', async () => {
    server.on('POST', '/notices/{id}/responses', () =>
      problem(400, {
        title: 'Bad Request',
        detail: '提交的内容有误',
        errors: [{ field: 'fields.pickupPoint', message: '该上车点已取消' }],
      }),
    );
    const view = await open(returnBus());
    choose(byTestId<HTMLSelectElement>(view, 'respond-pickup-point')!, '南宁东站');
    tick(byTestId<HTMLInputElement>(view, 'respond-health-declared')!);
    tap(byTestId(view, 'respond-submit')!);

    await until(() => byTestId(view, 'field-error-pickupPoint')!.textContent === '该上车点已取消');
    expect(byTestId(view, 'respond-error')!.textContent).toContain('提交的内容有误');
  });

  it('shows the response the worker already has when the server says 409', async () => {
    let posted = false;
    server.on('POST', '/notices/{id}/responses', () => {
      posted = true;
      return problem(409, { title: 'Conflict', detail: 'already responded' });
    });
    server.on('GET', '/me/responses', () => ({ items: posted ? [response({ id: 'r9', status: 'CONFIRMED' })] : [], nextCursor: null }));
    const view = await open(returnBus());
    choose(byTestId<HTMLSelectElement>(view, 'respond-pickup-point')!, '南宁东站');
    tick(byTestId<HTMLInputElement>(view, 'respond-health-declared')!);
    tap(byTestId(view, 'respond-submit')!);

    const status = await until(() => byTestId(view, 'response-status'));
    expect(status.dataset.status).toBe('CONFIRMED');
    expect(byTestId(view, 'response-panel')!.textContent).toContain('您已提交过');
  });

  it('shows an existing active response instead of the form', async () => {
    server.on('GET', '/me/responses', {
      items: [response({ id: 'old', status: 'CANCELLED' }), response({ id: 'r2', status: 'WAITLISTED', waitlistPosition: 2 })],
      nextCursor: null,
    });
    const view = await open(returnBus());

    const status = await until(() => byTestId(view, 'response-status'));
    expect(status.textContent).toContain('候补第 2 位');
    expect(byTestId(view, 'respond-form')).toBeNull();
  });

  it('asks only for an optional note for a subsidy application', async () => {
    server.on('POST', '/notices/{id}/responses', () =>
      response({ noticeId: 'policy-1', kind: 'SUBSIDY_APPLICATION', status: 'SUBMITTED', amount: 1000 }),
    );
    const view = await open(policy());

    expect(allByTestId(view, 'respond-note')).toHaveLength(1);
    expect(byTestId(view, 'respond-pickup-point')).toBeNull();
    tap(byTestId(view, 'respond-submit')!);

    const status = await until(() => byTestId(view, 'response-status'));
    expect(status.dataset.status).toBe('SUBMITTED');
    expect(postedResponses()[0].body).toEqual({ kind: 'SUBSIDY_APPLICATION', fields: {} });
    expect(byTestId(view, 'response-panel')!.textContent).toMatch(/1,000/);
  });

  it('shows a policy that enterprises apply for without a form, saying who applies', async () => {
    const view = await open(enterprisePolicy());

    expect(byTestId(view, 'respond-form')).toBeNull();
    expect(byTestId(view, 'respond-submit')).toBeNull();
    expect(byTestId(view, 'respond-by')).toBeNull();
    expect(byTestId(view, 'enterprise-only')!.textContent).toContain('由企业申请');
    expect(server.callsTo('GET', '/me/responses')).toHaveLength(0);
    setLocale('en');
    await until(() => byTestId(view, 'enterprise-only')!.textContent!.includes('Enterprises apply'));
  });

  it('hides the form once the response deadline has passed', async () => {
    const view = await open(jobFair({ respondBy: '2020-01-01T00:00:00Z' }));

    expect(byTestId(view, 'respond-submit')).toBeNull();
    expect(byTestId(view, 'respond-by')!.textContent).toContain('截止');
  });
});
