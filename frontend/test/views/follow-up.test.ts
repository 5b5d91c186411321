import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/api/types';
import { setLocale } from '../../src/i18n/i18n';
import '../../src/views/notice-view';
import type { NoticeView } from '../../src/views/notice-view';
import { byTestId, tap, tick, type, until } from '../support/dom';
import { FakeServer, signedInApi } from '../support/fake-server';
import { returnBus } from '../support/fixtures';

const asked: FollowUp = {
  id: 'placement-1-7',
  noticeId: 'bus-1',
  day: 7,
  dueAt: '2026-03-13T02:00:00Z',
  askedAt: '2026-03-13T02:00:05Z',
  status: null,
  needHelp: false,
  note: null,
  answeredAt: null,
  requestId: null,
};

let server: FakeServer;

beforeEach(() => {
  server = new FakeServer();
  server.on('GET', '/me/responses', { items: [], nextCursor: null });
  server.on('POST', '/notices/{id}/read', undefined);
  server.on('GET', '/notices/{id}', returnBus({ id: 'bus-1' }), { id: 'bus-1' });
});

afterEach(() => {
  document.body.innerHTML = '';
  setLocale('zh-CN');
});

async function open(): Promise<NoticeView> {
  const { api } = signedInApi(server);
  const view = document.createElement('fg-notice-view');
  view.api = api;
  view.noticeId = 'bus-1';
  document.body.append(view);
  await until(() => byTestId(view, 'notice-title'));
  return view;
}

describe('the check after arrival on the trip’s page', () => {
  it('is answered with one tap, a call for help and a few words going with it', async () => {
    server.on('GET', '/me/follow-ups', [asked]);
    server.on('POST', '/me/follow-ups/{id}/answer', (call) => ({
      ...asked,
      ...(call.body as Partial<FollowUp>),
      answeredAt: '2026-03-13T03:00:00Z',
    }));
    const view = await open();
    await until(() => byTestId(view, 'follow-up'));
    expect(byTestId(view, 'follow-up')!.textContent).toContain('到岗第 7 天回访');

    tick(byTestId<HTMLInputElement>(view, 'follow-up-need-help')!);
    type(byTestId<HTMLTextAreaElement>(view, 'follow-up-note')!, ' 宿舍没有热水 ');
    tap(byTestId(view, 'follow-up-at-work')!);

    await until(() => byTestId(view, 'follow-up-answered'));
    const calls = server.callsTo('POST', '/me/follow-ups/placement-1-7/answer');
    expect(calls).toHaveLength(1);
    expect(calls[0].body).toEqual({ status: 'AT_WORK', needHelp: true, note: '宿舍没有热水' });
    expect(byTestId(view, 'follow-up-answer')!.textContent).toContain('还在岗');
    expect(byTestId(view, 'follow-up-help')!.textContent).toContain('专班工作人员会尽快联系您');
  });

  it('one tap says the worker left, without help or words', async () => {
    server.on('GET', '/me/follow-ups', [asked]);
    server.on('POST', '/me/follow-ups/{id}/answer', (call) => ({
      ...asked,
      ...(call.body as Partial<FollowUp>),
      answeredAt: '2026-03-13T03:00:00Z',
    }));
    setLocale('en');
    const view = await open();
    await until(() => byTestId(view, 'follow-up'));

    tap(byTestId(view, 'follow-up-left')!);

    await until(() => byTestId(view, 'follow-up-answered'));
    expect(server.callsTo('POST', '/me/follow-ups/placement-1-7/answer')[0].body).toEqual({
      status: 'LEFT',
      needHelp: false,
      note: null,
    });
    expect(byTestId(view, 'follow-up-answer')!.textContent).toContain('you left');
  });

  it('shows nothing on a trip the worker was not asked about', async () => {
    server.on('GET', '/me/follow-ups', []);
    const view = await open();
    await until(() => server.callsTo('GET', '/me/follow-ups').length === 1);

    expect(byTestId(view, 'follow-up')).toBeNull();
    expect(server.callsTo('GET', '/me/follow-ups')[0].query.get('noticeId')).toBe('bus-1');
  });
});
