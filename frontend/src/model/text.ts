import type { LocalizedText } from '../api/types';
import { getLocale, type Locale } from '../i18n/i18n';

/**
 * Server text in the worker's language. Notices carry `{"zh-CN", "en"}`; English may be missing, and
 * then Chinese is shown, as the server itself does. Inbox lines come already in the language asked for.
 */
export function localized(text: LocalizedText | string | null | undefined, locale: Locale = getLocale()): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return text[locale] || text['zh-CN'] || text.en || '';
}
