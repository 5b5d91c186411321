import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboxItem } from '../../src/api/types';
import '../../src/views/inbox-view';
import type { InboxView } from '../../src/views/inbox-view';
import { allByTestId, byTestId, tap, until } from '../support/dom';
import { FakeServer, problem, signedInApi, unchecked } from '../support/fake-server';
import { inboxItem, worker } from '../support/fixtures';

function item(n: number, overrides: Partial<InboxItem> = {}): InboxItem {
  return inboxItem({ noticeId: `n${n}`, title: `通知 ${n}`, summary: `摘要 ${n}`, ...overrides });
}

let server: FakeServer;

beforeEach(() => {
  server = new FakeServer();
});

afterEach(() => {
  document.body.innerHTML = '';
});

function show(): InboxView {
  const view = document.createElement('fg-inbox-view');
  view.api = signedInApi(server).api;
  document.body.append(view);
  return view;
}

describe('the inbox', () => {
  it('lists notices with their type, unread mark and deadline', async () => {
    server.on('GET', '/me/inbox', {
      items: [
        item(1, { type: 'RETURN_BUS', respondBy: '2026-03-07T10:00:00Z' }),
        item(2, { readAt: '2026-03-02T00:00:00Z', title: '<script>x</script>' }),
      ],
      nextCursor: null,
    });
    const view = show();

    const items = await until(() => (allByTestId<HTMLAnchorElement>(view, 'inbox-item').length === 2 ? allByTestId<HTMLAnchorElement>(view, 'inbox-item') : null));
    expect(items.map((i) => i.dataset.noticeId)).toEqual(['n1', 'n2']);
    expect(items[0].getAttribute('href')).toBe('#/notices/n1');
    expect(items[0].dataset.unread).toBe('true');
    expect(items[1].dataset.unread).toBe('false');
    expect(items[0].textContent).toContain('返岗专车');
    expect(items[0].textContent).toContain('18:00'); // 10:00Z in Shanghai
    expect(items[1].textContent).toContain('<script>x</script>');
    expect(view.querySelector('script')).toBeNull();
    expect(byTestId(view, 'unread-count')!.textContent).toContain('1');
  });

  it('loads the next page with the cursor', async () => {
    server.on('GET', '/me/inbox', (call) =>
      call.query.get('cursor') === 'c2'
        ? { items: [item(3)], nextCursor: null }
        : { items: [item(1), item(2)], nextCursor: 'c2' },
    );
    const view = show();

    tap(await until(() => byTestId(view, 'inbox-load-more')));

    await until(() => allByTestId(view, 'inbox-item').length === 3);
    expect(byTestId(view, 'inbox-load-more')).toBeNull();
    expect(server.calls.map((c) => c.query.get('cursor'))).toEqual([null, 'c2']);
  });

  it('says what went wrong and tries again', async () => {
    let calls = 0;
    server.on('GET', '/me/inbox', () =>
      ++calls === 1 ? problem(500, { title: 'Internal Server Error', detail: '服务暂时不可用' }) : { items: [item(1)], nextCursor: null },
    );
    const view = show();

    expect((await until(() => byTestId(view, 'inbox-error')))!.textContent).toContain('服务暂时不可用');
    tap(view.querySelector<HTMLButtonElement>('.state--error button')!);

    await until(() => allByTestId(view, 'inbox-item').length === 1);
    expect(byTestId(view, 'inbox-error')).toBeNull();
  });

  it('keeps the notices shown when the next page fails, and says so', async () => {
    let more = 0;
    server.on('GET', '/me/inbox', (call) => {
      if (call.query.get('cursor') !== 'c2') return { items: [item(1), item(2)], nextCursor: 'c2' };
      return ++more === 1 ? problem(500, { title: 'Internal Server Error', detail: '下一页暂时取不到' }) : { items: [item(2), item(3)], nextCursor: null };
    });
    const view = show();

    tap(await until(() => byTestId(view, 'inbox-load-more')));
    const alert = await until(() => view.querySelector('.notice-box--error'));
    expect(alert.textContent).toContain('下一页暂时取不到');
    expect(allByTestId(view, 'inbox-item')).toHaveLength(2);

    tap(byTestId(view, 'inbox-load-more')!);
    await until(() => allByTestId(view, 'inbox-item').length === 3);
    expect(allByTestId<HTMLAnchorElement>(view, 'inbox-item').map((i) => i.dataset.noticeId)).toEqual(['n1', 'n2', 'n3']);
    expect(view.querySelector('.notice-box--error')).toBeNull();
  });

  it('shows an answer it cannot read as an error with a retry, not as loading for ever', async () => {
    let calls = 0;
    server.on('GET', '/me/inbox', () => (++calls === 1 ? unchecked(200, { notices: [] }) : { items: [item(1)], nextCursor: null }));
    const view = show();

    expect((await until(() => byTestId(view, 'inbox-error')))!.textContent).toContain('服务器返回的内容无法识别');
    expect(byTestId(view, 'loading')).toBeNull();
    tap(view.querySelector<HTMLButtonElement>('.state--error button')!);

    await until(() => allByTestId(view, 'inbox-item').length === 1);
  });

  it('names the type of each notice in words, never by its code', async () => {
    server.on('GET', '/me/inbox', {
      items: [item(1, { type: 'JOB_FAIR' }), item(2, { type: 'POLICY' }), item(3, { type: 'JOB_POSTING' }), item(4, { type: 'ANNOUNCEMENT' })],
      nextCursor: null,
    });
    const view = show();

    await until(() => allByTestId(view, 'inbox-item').length === 4);
    const text = view.textContent!;
    expect(text).toContain('招聘会');
    expect(text).toContain('政策补贴');
    expect(text).toContain('招聘岗位');
    expect(text).toContain('公告');
    expect(text).not.toMatch(/[A-Z]{2,}_|JOB|POLICY|ANNOUNCEMENT|\bn\d\b/);
  });

  it('empty, tells a worker whose profile is incomplete why, and leads to the profile', async () => {
    server.on('GET', '/me/inbox', { items: [], nextCursor: null });
    server.on('GET', '/me', worker({ hometown: null, district: null, employmentStatus: null }));
    const view = show();

    const reason = await until(() => (byTestId(view, 'inbox-empty-reason')?.dataset.reason === 'profile' ? byTestId(view, 'inbox-empty-reason') : null));
    expect(reason.textContent).toContain('资料还不完整');
    const link = byTestId<HTMLAnchorElement>(view, 'inbox-to-profile')!;
    expect(link.getAttribute('href')).toBe('#/profile');
    expect(link.textContent).toContain('完善我的资料');
  });

  it('empty with a complete profile, says nothing was sent yet and offers to check the profile', async () => {
    server.on('GET', '/me/inbox', { items: [], nextCursor: null });
    server.on('GET', '/me', worker());
    const view = show();

    const reason = await until(() => (byTestId(view, 'inbox-empty-reason')?.dataset.reason === 'nothing-yet' ? byTestId(view, 'inbox-empty-reason') : null));
    expect(reason.textContent).toContain('还没有发布面向您的通知');
    expect(byTestId(view, 'inbox-to-profile')!.textContent).toContain('查看我的资料');
  });

  it('empty, still leads to the profile when the profile cannot be read', async () => {
    server.on('GET', '/me/inbox', { items: [], nextCursor: null });
    server.on('GET', '/me', () => problem(503, { title: 'Service Unavailable' }));
    const view = show();

    await until(() => server.callsTo('GET', '/me').length === 1);
    await until(() => byTestId(view, 'inbox-empty-reason')?.dataset.reason === 'unknown');
    expect(byTestId<HTMLAnchorElement>(view, 'inbox-to-profile')!.getAttribute('href')).toBe('#/profile');
  });
});
