import type { ApiClient } from './client';
import type { components } from './generated/fugong-api';

type Schemas = components['schemas'];

/** A GB/T 4754-2017 section (`section` null) or division (`section` is its section's code). */
export type Industry = Schemas['Industry'];
/** An occupation or trade under its 职业分类大典 middle group. */
export type Skill = Schemas['Skill'];
/** An entry of a reference list: the code the API stores, its names and the pinyin people type. */
export type Term = Pick<Industry, 'code' | 'name' | 'initials' | 'pinyin'>;
/** A name in both languages, as the reference lists carry it. */
export type TermName = Term['name'];
/** Provinces, their cities and districts by GB/T 2260 name. */
export type RegionList = Schemas['RegionList'];

/** The reference calls (GET /reference/…): the lists the profile picks from. */
export class ReferenceApi {
  constructor(private readonly client: ApiClient) {}

  /** Every industry, sections each followed by their divisions. */
  industries(): Promise<Schemas['CursorPageIndustry']> {
    return this.client.request('/reference/industries');
  }

  /** Every occupation and trade. */
  skills(): Promise<Schemas['CursorPageSkill']> {
    return this.client.request('/reference/skills');
  }

  regions(): Promise<RegionList> {
    return this.client.request('/reference/regions');
  }
}
