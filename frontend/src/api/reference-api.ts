import type { ApiClient } from './client';
import type { Page } from './types';

/** A name in both languages, as the reference lists carry it. */
export interface TermName {
  'zh-CN': string;
  en: string;
}

/** An entry of a reference list: the code the API stores, its names and the pinyin people type. */
export interface Term {
  code: string;
  name: TermName;
  /** Pinyin initials of the Chinese name: `dg` for 电工. */
  initials: string;
  /** Pinyin of the Chinese name without tones or spaces: `diangong`. */
  pinyin: string;
}

/** A GB/T 4754-2017 section (`section` null) or division (`section` is its section's code). */
export interface Industry extends Term {
  standardCode: string;
  section: string | null;
}

/** An occupation or trade under its 职业分类大典 middle group. */
export interface Skill extends Term {
  group: { code: string; name: TermName };
}

/** Provinces, their cities and districts by GB/T 2260 name. */
export interface RegionList {
  provinces: Array<{ name: string; cities: Array<{ name: string; districts: string[] }> }>;
}

/** The reference calls (GET /reference/…): the lists the profile picks from. */
export class ReferenceApi {
  constructor(private readonly client: ApiClient) {}

  /** Every industry, sections each followed by their divisions. */
  industries(): Promise<Page<Industry>> {
    return this.client.request('/reference/industries');
  }

  /** Every occupation and trade. */
  skills(): Promise<Page<Skill>> {
    return this.client.request('/reference/skills');
  }

  regions(): Promise<RegionList> {
    return this.client.request('/reference/regions');
  }
}
