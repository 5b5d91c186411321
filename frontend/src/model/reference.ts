import type { ApiClient } from '../api/client';
import { ReferenceApi, type Industry, type RegionList, type Skill, type Term } from '../api/reference-api';
import { getLocale, type Locale } from '../i18n/i18n';

/**
 * The server's reference lists, loaded once per session: industries, skills and regions. The app keeps
 * no copy of its own; the server's files are the one source.
 */
export interface Reference {
  industries: Industry[];
  skills: Skill[];
  regions: Regions;
}

const loaded = new WeakMap<ApiClient, Promise<Reference>>();

/** The reference lists, fetched on first use; a failed load is tried again next time. */
export function loadReference(client: ApiClient): Promise<Reference> {
  let reference = loaded.get(client);
  if (!reference) {
    const api = new ReferenceApi(client);
    reference = Promise.all([api.industries(), api.skills(), api.regions()]).then(([industries, skills, regions]) => ({
      industries: industries.items,
      skills: skills.items,
      regions: new Regions(regions),
    }));
    reference.catch(() => loaded.delete(client));
    loaded.set(client, reference);
  }
  return reference;
}

/** Provinces and their prefecture-level cities (municipalities list themselves as the city). */
export class Regions {
  readonly provinces: readonly string[];
  private readonly cities = new Map<string, readonly string[]>();

  constructor(list: RegionList) {
    this.provinces = list.provinces.map((p) => p.name);
    for (const province of list.provinces) this.cities.set(province.name, province.cities.map((c) => c.name));
  }

  /** The cities of a province; none for an unknown one. */
  citiesOf(province: string): readonly string[] {
    return this.cities.get(province) ?? [];
  }
}

/** A term's name in a language; a code the list does not know shows as it is. */
export function nameOf(terms: readonly Term[], code: string, locale: Locale = getLocale()): string {
  const term = terms.find((t) => t.code === code);
  return term ? term.name[locale] || term.name['zh-CN'] || code : code;
}

/**
 * The terms matching what someone typed, best first: the whole Chinese or English name, code, pinyin
 * or initials; then those starting with it; then those containing it. As the server's search does.
 */
export function findTerms<T extends Term>(terms: readonly T[], typed: string, limit = 20): T[] {
  const q = typed.trim().toLowerCase();
  if (!q) return terms.slice(0, limit);
  const compact = q.replace(/\s+/g, '');
  const ranked: Array<{ term: T; rank: number; order: number }> = [];
  terms.forEach((term, order) => {
    const rank = rankOf(term, q, compact);
    if (rank >= 0) ranked.push({ term, rank, order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.slice(0, limit).map((r) => r.term);
}

function rankOf(term: Term, q: string, compact: string): number {
  const zh = term.name['zh-CN'] ?? '';
  const en = (term.name.en ?? '').toLowerCase();
  const { code, initials, pinyin } = term;
  if (code === q || zh === compact || en === q || initials === compact || pinyin === compact) return 0;
  if (zh.startsWith(compact) || en.startsWith(q) || initials.startsWith(compact) || pinyin.startsWith(compact) || code.startsWith(q)) {
    return 1;
  }
  if (zh.includes(compact) || en.includes(q) || initials.includes(compact) || pinyin.includes(compact) || code.includes(q)) {
    return 2;
  }
  return -1;
}
