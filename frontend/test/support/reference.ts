import type { Industry, RegionList, Skill } from '../../src/api/reference-api';
import type { FakeServer } from './fake-server';

/** A few entries of the server's reference lists, as GET /reference/… answers them. */
export const INDUSTRIES: Industry[] = [
  industry('manufacturing', 'C', null, '制造业', 'Manufacturing', 'zzy', 'zhizaoye'),
  industry('food', '14', 'manufacturing', '食品制造业', 'Manufacture of foods', 'spzzy', 'shipinzhizaoye'),
  industry('textile', '17', 'manufacturing', '纺织业', 'Manufacture of textiles', 'fzy', 'fangzhiye'),
  industry('logistics', 'G', null, '交通运输、仓储和邮政业', 'Transport, storage and post', 'jtyscchyzy', 'jiaotongyunshucangchuheyouzhengye'),
  industry('warehousing', '59', 'logistics', '装卸搬运和仓储业', 'Loading, unloading, handling and warehousing', 'zxbyhccy', 'zhuangxiebanyunhecangchuye'),
];

export const SKILLS: Skill[] = [
  skill('general-worker', '普工', 'General production worker', 'pg', 'pugong', '6-99', '其他生产制造及有关人员'),
  skill('welding', '焊工', 'Welder', 'hg', 'hangong', '6-18', '机械制造基础加工人员'),
  skill('ship-electrician', '船舶电工', 'Ship electrician', 'cbdg', 'chuanbodiangong', '6-23', '铁路、船舶、航空设备制造人员'),
  skill('electrician', '电工', 'Electrician', 'dg', 'diangong', '6-31', '生产辅助人员'),
  skill('forklift', '叉车司机', 'Forklift driver', 'ccsj', 'chachesiji', '6-30', '运输设备和通用工程机械操作人员及有关人员'),
  skill('packing', '包装工', 'Packer', 'bzg', 'baozhuanggong', '6-31', '生产辅助人员'),
];

export const REGIONS: RegionList = {
  provinces: [
    { name: '广东省', cities: [{ name: '湛江市', districts: ['赤坎区', '霞山区'] }, { name: '茂名市', districts: ['茂南区'] }] },
    { name: '广西壮族自治区', cities: [{ name: '南宁市', districts: ['青秀区'] }, { name: '玉林市', districts: ['玉州区'] }] },
    { name: '北京市', cities: [{ name: '北京市', districts: ['东城区'] }] },
  ],
};

/** Has the fake server answer the reference calls with these lists. */
export function serveReference(server: FakeServer): FakeServer {
  return server
    .on('GET', '/reference/industries', { items: INDUSTRIES, nextCursor: null })
    .on('GET', '/reference/skills', { items: SKILLS, nextCursor: null })
    .on('GET', '/reference/regions', REGIONS);
}

function industry(code: string, standardCode: string, section: string | null, zh: string, en: string, initials: string, pinyin: string): Industry {
  return { code, standardCode, section, name: { 'zh-CN': zh, en }, initials, pinyin };
}

function skill(code: string, zh: string, en: string, initials: string, pinyin: string, group: string, groupZh: string): Skill {
  return { code, name: { 'zh-CN': zh, en }, initials, pinyin, group: { code: group, name: { 'zh-CN': groupZh, en: groupZh } } };
}
