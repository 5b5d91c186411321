import type { InboxItem, Notice, NoticeResponse, Worker } from '../../src/api/types';

/**
 * Server data as the API document types it (a field the server changes fails the type check here too),
 * with values like the demo's.
 */

const inAWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

/** What every notice has, whatever its type. */
function base(overrides: Partial<Notice>): Notice {
  return {
    id: 'n1',
    type: 'ANNOUNCEMENT',
    title: { 'zh-CN': '通知' },
    body: { 'zh-CN': '正文' },
    audience: { all: true },
    responseKind: 'NONE',
    status: 'PUBLISHED',
    authorId: 'official-1',
    createdAt: '2026-03-01T01:00:00Z',
    updatedAt: '2026-03-01T02:00:00Z',
    publishedAt: '2026-03-01T02:00:00Z',
    ...overrides,
  };
}

export function jobFair(overrides: Partial<Notice> = {}): Notice {
  return base({
    id: 'fair-1',
    type: 'JOB_FAIR',
    title: { 'zh-CN': '春风行动网络招聘会', en: 'Spring online job fair' },
    body: { 'zh-CN': '第一行\n第二行', en: 'Line one\nLine two' },
    responseKind: 'RSVP',
    respondBy: inAWeek,
    jobFair: {
      startsAt: '2026-03-10T01:00:00Z',
      endsAt: '2026-03-10T09:00:00Z',
      mode: 'ONSITE',
      venue: '湛江市人力资源市场',
      url: 'https://jobs.example.cn/fair',
      enterpriseIds: ['e1', 'e2'],
      positions: 3200,
      capacity: null,
    },
    ...overrides,
  });
}

export function jobPosting(overrides: Partial<Notice> = {}): Notice {
  return base({
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
      requirements: '持焊工证\n两年经验',
    },
    ...overrides,
  });
}

export function returnBus(overrides: Partial<Notice> = {}): Notice {
  return base({
    id: 'bus-1',
    type: 'RETURN_BUS',
    title: { 'zh-CN': '广西南宁—湛江返岗专车', en: 'Return bus Nanning–Zhanjiang' },
    body: { 'zh-CN': '点对点接送', en: 'Door to door' },
    responseKind: 'SEAT_BOOKING',
    respondBy: inAWeek,
    returnBus: {
      origin: { province: '广西壮族自治区', city: '南宁市' },
      destination: { province: '广东省', city: '湛江市' },
      departsAt: '2026-03-08T00:30:00Z',
      seats: 45,
      pickupPoints: ['南宁东站', '南宁汽车站'],
      healthRequirement: '持 48 小时内核酸检测阴性证明',
      receivingEnterpriseId: 'e9',
      interProvincial: true,
    },
    ...overrides,
  });
}

/** A subsidy workers apply for themselves. */
export function policy(overrides: Partial<Notice> = {}): Notice {
  return base({
    id: 'policy-1',
    type: 'POLICY',
    title: { 'zh-CN': '职业培训补贴', en: 'Training subsidy' },
    body: { 'zh-CN': '政策说明', en: 'About the policy' },
    responseKind: 'SUBSIDY_APPLICATION',
    respondBy: inAWeek,
    policy: {
      benefit: 'TRAINING_SUBSIDY',
      amountPerPerson: 1000,
      capPerEnterprise: null,
      deadline: '2026-06-30T15:59:59Z',
      eligibility: '2026 年首次在本市就业',
      applicant: 'WORKER',
    },
    ...overrides,
  });
}

/** A subsidy enterprises claim, shown to workers as information. */
export function enterprisePolicy(overrides: Partial<Notice> = {}): Notice {
  return base({
    id: 'policy-2',
    type: 'POLICY',
    title: { 'zh-CN': '一次性吸纳就业补贴申领通知', en: 'One-off hiring subsidy' },
    body: { 'zh-CN': '企业新招用本市户籍劳动者，按每人 1000 元补贴。', en: 'Employers get 1,000 yuan per local hire.' },
    responseKind: 'SUBSIDY_APPLICATION',
    respondBy: inAWeek,
    policy: {
      benefit: 'HIRING_SUBSIDY',
      amountPerPerson: 1000,
      capPerEnterprise: 200000,
      deadline: inAWeek,
      eligibility: '签订一年以上劳动合同并缴纳社保',
      applicant: 'ENTERPRISE',
    },
    ...overrides,
  });
}

export function announcement(overrides: Partial<Notice> = {}): Notice {
  return base({
    id: 'ann-1',
    type: 'ANNOUNCEMENT',
    title: { 'zh-CN': '办事大厅开放时间调整' },
    body: { 'zh-CN': '即日起周六上午开放。' },
    responseKind: 'NONE',
    ...overrides,
  });
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

export function inboxItem(overrides: Partial<InboxItem> = {}): InboxItem {
  return {
    noticeId: 'n1',
    type: 'JOB_FAIR',
    title: '春风行动招聘会',
    summary: '60 家企业',
    publishedAt: '2026-03-01T02:00:00Z',
    activityAt: '2026-03-01T02:00:00Z',
    readAt: null,
    respondBy: null,
    ...overrides,
  };
}

/** A worker with a complete profile. */
export function worker(overrides: Partial<Worker> = {}): Worker {
  return {
    id: 'w1',
    phone: '+8613800138000',
    phoneMasked: '138****8000',
    name: '张三',
    hometown: { province: '广西壮族自治区', city: '南宁市' },
    district: '赤坎区',
    industries: ['manufacturing'],
    skills: ['welding'],
    employmentStatus: 'SEEKING',
    enterpriseId: null,
    locale: 'zh-CN',
    subscriptions: ['JOB_FAIR', 'RETURN_BUS'],
    createdAt: '2026-02-01T00:00:00Z',
    ...overrides,
  };
}
