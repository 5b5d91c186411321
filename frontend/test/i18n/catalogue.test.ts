import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES, formatDateTime, formatMoney, label, LOCALES, setLocale, t } from '../../src/i18n/i18n';

const zh = CATALOGUES['zh-CN'];
const en = CATALOGUES.en;

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the message catalogues', () => {
  it('have the same keys in Chinese and English', () => {
    const missingInEnglish = Object.keys(zh).filter((key) => !(key in en));
    const missingInChinese = Object.keys(en).filter((key) => !(key in zh));
    expect(missingInEnglish, 'keys missing in en.json').toEqual([]);
    expect(missingInChinese, 'keys missing in zh-CN.json').toEqual([]);
  });

  it('have no empty message', () => {
    for (const locale of LOCALES) {
      const empty = Object.entries(CATALOGUES[locale]).filter(([, message]) => message.trim() === '');
      expect(empty, `empty messages in ${locale}`).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const different = Object.keys(zh).filter(
      (key) => key in en && placeholders(zh[key]).join() !== placeholders(en[key]).join(),
    );
    expect(different).toEqual([]);
  });

  it('hold every key the source asks for', () => {
    const root = join(__dirname, '../../src');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\('([\w.-]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in zh))).toEqual([]);
  });

  it('name every value of the enums the API sends', () => {
    const enums: Record<string, string[]> = {
      type: ['JOB_FAIR', 'POLICY', 'RETURN_BUS', 'JOB_POSTING', 'ANNOUNCEMENT'],
      kind: ['RSVP', 'APPLY', 'SEAT_BOOKING', 'SUBSIDY_APPLICATION'],
      status: ['SUBMITTED', 'CONFIRMED', 'WAITLISTED', 'ACCEPTED', 'REJECTED', 'CANCELLED'],
      employment: ['SEEKING', 'EMPLOYED', 'STUDENT'],
      mode: ['ONLINE', 'ONSITE'],
      'respond.heading': ['RSVP', 'APPLY', 'SEAT_BOOKING', 'SUBSIDY_APPLICATION'],
      'respond.submit': ['RSVP', 'APPLY', 'SEAT_BOOKING', 'SUBSIDY_APPLICATION'],
      locale: ['zh-CN', 'en'],
    };
    const missing = Object.entries(enums).flatMap(([prefix, values]) =>
      values.map((value) => `${prefix}.${value}`).filter((key) => !(key in zh)),
    );
    expect(missing).toEqual([]);
  });
});

describe('translation', () => {
  afterEach(() => setLocale('zh-CN'));

  it('speaks Chinese by default and English when asked', () => {
    expect(t('nav.inbox')).toBe('消息');
    setLocale('en');
    expect(t('nav.inbox')).toBe('Inbox');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('fugong.locale')).toBe('en');
  });

  it('fills in placeholders', () => {
    setLocale('en');
    expect(t('status.waitlistPlace', { n: 3 })).toBe('Waitlisted · waitlist place 3');
  });

  it('shows an unknown enum value as it came', () => {
    expect(label('status', 'ON_HOLD')).toBe('ON_HOLD');
    expect(label('status', 'CONFIRMED')).toBe('已确认');
  });

  it('shows times in Asia/Shanghai in the chosen language', () => {
    const instant = '2026-03-06T11:33:00Z'; // 19:33 in Shanghai
    expect(formatDateTime(instant)).toContain('19:33');
    expect(formatDateTime(instant)).toContain('3月6日');
    setLocale('en');
    expect(formatDateTime(instant)).toContain('19:33');
    expect(formatDateTime(instant)).toContain('Mar');
  });

  it('writes amounts in yuan', () => {
    expect(formatMoney(3000)).toContain('3,000');
    expect(formatMoney(3000)).toContain('¥');
  });
});
