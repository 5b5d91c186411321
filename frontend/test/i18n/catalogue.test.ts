import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import apiDocument from '../../openapi/fugong-api.json';
import { CATALOGUES, formatDateTime, formatMoney, LOCALES, setLocale, t } from '../../src/i18n/i18n';
import {
  applicantName,
  attendanceModeName,
  benefitName,
  employmentStatusName,
  fairModeName,
  localeName,
  noticeTypeName,
  respondHeading,
  respondSubmit,
  responseKindName,
  responseStatusName,
} from '../../src/i18n/names';

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

  it('name every value of the enums the API document lists, in both languages, never as the value itself', () => {
    const schemas = apiDocument.components.schemas as Record<string, { properties?: Record<string, EnumSchema> }>;
    const enumOf = (schema: string, property: string): string[] =>
      (schemas[schema].properties![property].enum ?? schemas[schema].properties![property].items?.enum ?? []).filter(
        (value): value is string => value !== null,
      );
    const named: Array<[string[], (value: never) => string]> = [
      [enumOf('Notice', 'type'), noticeTypeName],
      [enumOf('Response', 'kind'), responseKindName],
      [enumOf('Response', 'kind'), respondHeading],
      [enumOf('Response', 'kind'), respondSubmit],
      [enumOf('Response', 'status'), responseStatusName],
      [enumOf('InboxItem', 'responseStatus'), responseStatusName],
      [enumOf('JobFair', 'mode'), fairModeName],
      [enumOf('RsvpFields', 'attendanceMode'), attendanceModeName],
      [enumOf('Policy', 'benefit'), benefitName],
      [enumOf('Policy', 'applicant'), applicantName],
      [enumOf('WorkerProfile', 'employmentStatus'), employmentStatusName],
      [enumOf('WorkerProfile', 'locale'), localeName],
    ];
    for (const locale of LOCALES) {
      setLocale(locale);
      for (const [values, name] of named) {
        expect(values.length, name.name).toBeGreaterThan(0);
        const words = values.map((value) => name(value as never));
        const unnamed = values.filter((value, i) => !words[i] || words[i] === value || words[i].includes('.'));
        expect(unnamed, `${locale}: values without a name`).toEqual([]);
      }
    }
    setLocale('zh-CN');
  });

  it('give a value the server adds later a general word, never the value itself', () => {
    expect(noticeTypeName('TRAINING_COURSE' as never)).toBe('通知');
    expect(responseStatusName('ON_HOLD' as never)).toBe('处理中');
    expect(benefitName('HOUSING' as never)).toBe('其他扶持');
    expect(noticeTypeName(null)).toBe('');
  });
});

interface EnumSchema {
  enum?: Array<string | null>;
  items?: { enum?: Array<string | null> };
}

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
