import { describe, expect, it } from 'vitest';
import { noticeUrlOf } from '../../src/sw/notification-target';

const APP = new URL('https://fugong.example.cn/app/');

describe('a tap on a push notification', () => {
  it('opens the notice the push is about', () => {
    const data = { FCM_MSG: { data: { noticeId: '6b0f127b1ea0d11f7c6c8e51', type: 'JOB_FAIR', kind: 'NOTICE' } } };

    expect(noticeUrlOf(data, APP)).toBe('https://fugong.example.cn/app/#/notices/6b0f127b1ea0d11f7c6c8e51');
  });

  it('follows the push’s own link only within the app', () => {
    expect(noticeUrlOf({ FCM_MSG: { fcmOptions: { link: 'https://fugong.example.cn/app/#/responses' } } }, APP)).toBe(
      'https://fugong.example.cn/app/#/responses',
    );
    expect(noticeUrlOf({ FCM_MSG: { fcmOptions: { link: 'https://elsewhere.example/' } } }, APP)).toBeNull();
  });

  it('leaves alone notifications that are not pushes', () => {
    expect(noticeUrlOf(undefined, APP)).toBeNull();
    expect(noticeUrlOf({ something: 'else' }, APP)).toBeNull();
  });
});
