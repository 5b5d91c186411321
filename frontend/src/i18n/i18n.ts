import type { ReactiveController, ReactiveControllerHost } from 'lit';
import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';

/**
 * The app's two languages. Every visible text comes from the catalogues in messages/ (same keys in
 * both; a test checks it). The language follows the worker's profile or the header switch, is
 * remembered in localStorage and is sent to the server as Accept-Language.
 */
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type MessageKey = keyof typeof zhCN;
export type Catalogue = Record<string, string>;

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { 'zh-CN': zhCN, en };

/** Times are shown as the bureau's city lives them, wherever the phone is. */
export const TIME_ZONE = 'Asia/Shanghai';

const STORAGE_KEY = 'fugong.locale';

export function toLocale(value: unknown): Locale | null {
  if (typeof value !== 'string') return null;
  if (value === 'zh-CN' || value.toLowerCase().startsWith('zh')) return 'zh-CN';
  if (value.toLowerCase().startsWith('en')) return 'en';
  return null;
}

function storedLocale(): Locale {
  try {
    return toLocale(localStorage.getItem(STORAGE_KEY)) ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

let current: Locale = storedLocale();
const listeners = new Set<(locale: Locale) => void>();

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this visit
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  for (const listener of listeners) listener(locale);
}

/** Calls back on every change of language; answers the function that stops it. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The message in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const message = CATALOGUES[current][key] ?? CATALOGUES[DEFAULT_LOCALE][key] ?? key;
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

function intlLocale(): string {
  return current === 'en' ? 'en-GB' : 'zh-CN';
}

/** An instant as a date and time in Asia/Shanghai, written the current language's way. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(), {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** An amount of yuan. */
export function formatMoney(amount: number | null | undefined): string {
  // anything but a number (a server of another version) is left out rather than shown as NaN
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return '';
  return new Intl.NumberFormat(intlLocale(), {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(amount);
}

export function formatNumber(value: number | null | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(intlLocale()).format(value);
}

/** Re-renders a Lit element whenever the language changes. */
export class LocaleController implements ReactiveController {
  private stop: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = onLocaleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = null;
  }
}
