import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/views/responses-view';
import type { ResponsesView } from '../../src/views/responses-view';
import { allByTestId, byTestId, settle, tap, until } from '../support/dom';
import { FakeServer, problem, signedInApi } from '../support/fake-server';
import { jobFair, response, returnBus } from '../support/fixtures';

let server: FakeServer;

beforeEach(() => {
  server = new FakeServer();
});

afterEach(() => {
  document.body.innerHTML = '';
});

function show(): ResponsesView {
  const view = document.createElement('fg-responses-view');
  view.api = signedInApi(server).api;
  document.body.append(view);
  return view;
}

function itemOf(view: HTMLElement, id: string): HTMLElement | null {
  return view.querySelector(`[data-testid="response-item"][data-response-id="${id}"]`);
}

describe('my responses', () => {
  it('shows each response’s status and offers to cancel only those not decided', async () => {
    server.on('GET', '/me/responses', {
      items: [
        response({ id: 'r1', status: 'WAITLISTED', waitlistPosition: 4 }),
        response({ id: 'r2', kind: 'APPLY', noticeId: 'post-1', status: 'ACCEPTED', fields: { message: 'hi' }, note: '请于周一报到' }),
        response({ id: 'r3', kind: 'RSVP', noticeId: 'fair-1', status: 'CANCELLED', fields: { attendanceMode: 'ONLINE' } }),
      ],
      nextCursor: null,
    });
    const view = show();

    await until(() => allByTestId(view, 'response-item').length === 3);
    expect(byTestId(itemOf(view, 'r1')!, 'response-status')!.textContent).toContain('候补第 4 位');
    expect(byTestId(itemOf(view, 'r2')!, 'response-status')!.textContent).toContain('已通过');
    expect(itemOf(view, 'r2')!.textContent).toContain('请于周一报到');
    expect(byTestId(itemOf(view, 'r1')!, 'cancel-response')).not.toBeNull();
    expect(byTestId(itemOf(view, 'r2')!, 'cancel-response')).toBeNull();
    expect(byTestId(itemOf(view, 'r3')!, 'cancel-response')).toBeNull();
    expect(byTestId<HTMLAnchorElement>(itemOf(view, 'r2')!, 'open-notice')!.getAttribute('href')).toBe('#/notices/post-1');
  });

  it('names the notice of each response, looking up each notice’s title once', async () => {
    server.on('GET', '/me/responses', {
      items: [
        response({ id: 'r1', noticeId: 'bus-1', status: 'WAITLISTED' }),
        response({ id: 'r0', noticeId: 'bus-1', status: 'CANCELLED' }),
        response({ id: 'r2', kind: 'APPLY', noticeId: 'post-gone', status: 'SUBMITTED', fields: { message: 'hi' } }),
        response({ id: 'r3', kind: 'RSVP', noticeId: 'fair-1', fields: { attendanceMode: 'ONLINE' } }),
      ],
      nextCursor: null,
    });
    server.on('GET', '/notices/{id}', returnBus(), { id: 'bus-1' });
    server.on('GET', '/notices/{id}', jobFair({ title: { 'zh-CN': '春风行动网络招聘会' } }), { id: 'fair-1' });
    server.on('GET', '/notices/{id}', problem(404, { title: 'Not Found' }), { id: 'post-gone' });
    const view = show();

    await until(() => byTestId(itemOf(view, 'r1')!, 'response-notice-title'));
    await until(() => byTestId(itemOf(view, 'r0')!, 'response-notice-title'));
    expect(byTestId(itemOf(view, 'r1')!, 'response-notice-title')!.textContent).toBe('广西南宁—湛江返岗专车');
    await until(() => byTestId(itemOf(view, 'r3')!, 'response-notice-title'));
    expect(byTestId(itemOf(view, 'r3')!, 'response-notice-title')!.textContent).toBe('春风行动网络招聘会');
    expect(server.callsTo('GET', '/notices/bus-1')).toHaveLength(1);
    expect(server.callsTo('GET', '/notices/fair-1')).toHaveLength(1);
    await until(() => server.callsTo('GET', '/notices/post-gone').length === 1);
    await settle();
    // a notice no longer visible (recalled) leaves its response untitled, and the list as it was
    expect(byTestId(itemOf(view, 'r2')!, 'response-notice-title')).toBeNull();
    expect(byTestId(itemOf(view, 'r2')!, 'response-status')!.textContent).toContain('已提交');
    expect(byTestId(view, 'responses-error')).toBeNull();
  });

  it('cancels a response after the worker confirms', async () => {
    server.on('GET', '/me/responses', { items: [response({ id: 'r1', status: 'CONFIRMED' })], nextCursor: null });
    server.on('DELETE', '/me/responses/{id}', undefined, { id: 'r1' });
    const view = show();

    tap(await until(() => byTestId(view, 'cancel-response')));
    const ok = await until(() => byTestId(view, 'confirm-ok'));
    expect(view.querySelector('[role="alertdialog"]')!.textContent).toContain('候补');
    expect(server.callsTo('DELETE', '/me/responses/r1')).toHaveLength(0);
    tap(ok);

    await until(() => itemOf(view, 'r1')!.dataset.status === 'CANCELLED');
    expect(server.callsTo('DELETE', '/me/responses/r1')).toHaveLength(1);
    expect(byTestId(view, 'cancel-response')).toBeNull();
    expect(byTestId(view, 'confirm-ok')).toBeNull();
    expect(byTestId(view, 'responses-message')!.textContent).toContain('已取消');
  });

  it('keeps the response when the worker thinks again', async () => {
    server.on('GET', '/me/responses', { items: [response({ id: 'r1', status: 'SUBMITTED' })], nextCursor: null });
    const view = show();

    tap(await until(() => byTestId(view, 'cancel-response')));
    tap(await until(() => byTestId(view, 'confirm-cancel')));

    await until(() => byTestId(view, 'confirm-ok') === null);
    expect(server.calls.filter((c) => c.method === 'DELETE')).toHaveLength(0);
    expect(itemOf(view, 'r1')!.dataset.status).toBe('SUBMITTED');
  });

  it('pages with the cursor', async () => {
    server.on('GET', '/me/responses', (call) =>
      call.query.get('cursor') === 'next'
        ? { items: [response({ id: 'r2' })], nextCursor: null }
        : { items: [response({ id: 'r1' })], nextCursor: 'next' },
    );
    const view = show();

    tap(await until(() => byTestId(view, 'responses-load-more')));

    await until(() => allByTestId(view, 'response-item').length === 2);
  });

  it('says when there are none', async () => {
    server.on('GET', '/me/responses', { items: [], nextCursor: null });
    const view = show();

    await until(() => byTestId(view, 'responses-empty'));
  });
});
