import type { Notice, NoticeResponse } from '../../src/api/types';

const inAWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

export function jobFair(overrides: Partial<Notice> = {}): Notice {
  return {
    id: 'fair-1',
    type: 'JOB_FAIR',
    title: { 'zh-CN': '春风行动网络招聘会', en: 'Spring online job fair' },
    body: { 'zh-CN': '第一行\n第二行', en: 'Line one\nLine two' },
    responseKind: 'RSVP',
    respondBy: inAWeek,
    publishedAt: '2026-03-01T02:00:00Z',
    jobFair: {
      startsAt: '2026-03-10T01:00:00Z',
      endsAt: '2026-03-10T09:00:00Z',
      mode: 'ONSITE',
      venue: '湛江市人力资源市场',
      url: 'https://jobs.example.cn/fair',
      enterpriseIds: ['e1', 'e2'],
      positions: ['焊工', { title: '叉车司机', headcount: 5 }],
    },
    ...overrides,
  };
}

export function jobPosting(overrides: Partial<Notice> = {}): Notice {
  return {
    id: 'post-1',
    type: 'JOB_POSTING',
    title: { 'zh-CN': '招聘焊工', en: 'Welders wanted' },
    body: { 'zh-CN': '岗位说明', en: 'About the job' },
    responseKind: 'APPLY',
    respondBy: inAWeek,
    jobPosting: {
      enterpriseId: 'e1',
      enterpriseName: '湛江钢铁',
      title: '焊工',
      headcount: 20,
      salaryMin: 6000,
      salaryMax: 9000,
      requirements: ['持焊工证', '两年经验'],
    },
    ...overrides,
  };
}

export function returnBus(overrides: Partial<Notice> = {}): Notice {
  return {
    id: 'bus-1',
    type: 'RETURN_BUS',
    title: { 'zh-CN': '广西南宁—湛江返岗专车', en: 'Return bus Nanning–Zhanjiang' },
    body: { 'zh-CN': '点对点接送', en: 'Door to door' },
    responseKind: 'SEAT_BOOKING',
    respondBy: inAWeek,
    returnBus: {
      origin: { province: '广西壮族自治区', city: '南宁市' },
      destination: '湛江市赤坎区',
      departsAt: '2026-03-08T00:30:00Z',
      seats: 45,
      pickupPoints: ['南宁东站', '南宁汽车站'],
      healthRequirement: '持 48 小时内核酸检测阴性证明',
    },
    ...overrides,
  };
}

export function policy(overrides: Partial<Notice> = {}): Notice {
  return {
    id: 'policy-1',
    type: 'POLICY',
    title: { 'zh-CN': '一次性吸纳就业补贴', en: 'One-off hiring subsidy' },
    body: { 'zh-CN': '政策说明', en: 'About the policy' },
    responseKind: 'SUBSIDY_APPLICATION',
    respondBy: inAWeek,
    policy: {
      benefit: '首次在本地就业的，每人补贴',
      amountPerPerson: 1000,
      capPerEnterprise: 200000,
      deadline: '2026-06-30T15:59:59Z',
      eligibility: '2026 年首次在本市就业',
    },
    ...overrides,
  };
}

export function announcement(overrides: Partial<Notice> = {}): Notice {
  return {
    id: 'ann-1',
    type: 'ANNOUNCEMENT',
    title: { 'zh-CN': '办事大厅开放时间调整' },
    body: { 'zh-CN': '即日起周六上午开放。' },
    responseKind: 'NONE',
    ...overrides,
  };
}

export function response(overrides: Partial<NoticeResponse> = {}): NoticeResponse {
  return {
    id: 'r1',
    noticeId: 'bus-1',
    workerId: 'w1',
    kind: 'SEAT_BOOKING',
    status: 'CONFIRMED',
    fields: { pickupPoint: '南宁东站', healthDeclared: true },
    createdAt: '2026-03-02T03:00:00Z',
    updatedAt: '2026-03-02T03:00:00Z',
    ...overrides,
  };
}
