import type { LocalizedText } from '../api/types';
import { getLocale, type Locale } from '../i18n/i18n';

/**
 * Server text in the worker's language. Notices carry `{"zh-CN", "en"}`; English may be missing, and
 * then Chinese is shown, as the server itself does.
 */
export function localized(text: LocalizedText | null | undefined, locale: Locale = getLocale()): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return text[locale] || text['zh-CN'] || text.en || '';
}

/** A list of lines (requirements, say), whether it came as an array or as text. */
export function linesOf(value: LocalizedText | string[] | null | undefined, locale: Locale = getLocale()): string {
  if (Array.isArray(value)) return value.filter((line) => typeof line === 'string' && line !== '').join('\n');
  return localized(value, locale);
}

/** A job fair position, which may be a name or an object with a title or name and a headcount. */
export function positionLabel(position: unknown, locale: Locale = getLocale()): { name: string; headcount: number | null } {
  if (typeof position === 'string') return { name: position, headcount: null };
  if (position && typeof position === 'object') {
    const p = position as Record<string, unknown>;
    const title = (p.title ?? p.name ?? p.position) as LocalizedText | undefined;
    const headcount = typeof p.headcount === 'number' ? p.headcount : null;
    return { name: localized(title, locale), headcount };
  }
  return { name: position == null ? '' : String(position), headcount: null };
}
