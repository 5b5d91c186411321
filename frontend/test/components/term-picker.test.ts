import { afterEach, describe, expect, it } from 'vitest';
import type { Term } from '../../src/api/reference-api';
import '../../src/components/term-picker';
import type { TermPicker } from '../../src/components/term-picker';
import { setLocale } from '../../src/i18n/i18n';
import { allByTestId, byTestId, settle, type } from '../support/dom';
import { INDUSTRIES, SKILLS } from '../support/reference';

afterEach(() => {
  document.body.innerHTML = '';
  setLocale('zh-CN');
});

async function picker(value: string[] = [], terms: readonly Term[] = SKILLS): Promise<{ picker: TermPicker; changes: string[][] }> {
  const element = document.createElement('fg-term-picker');
  element.pickerId = 'skills';
  element.label = '技能';
  element.terms = terms;
  element.value = value;
  const changes: string[][] = [];
  element.addEventListener('codes-changed', (e) => changes.push((e as CustomEvent<string[]>).detail));
  document.body.append(element);
  await element.updateComplete;
  return { picker: element, changes };
}

async function typeInto(element: TermPicker, text: string): Promise<string[]> {
  const input = byTestId<HTMLInputElement>(element, 'skills')!;
  input.dispatchEvent(new Event('focus'));
  type(input, text);
  await element.updateComplete;
  return allByTestId(element, 'skills-option').map((option) => option.querySelector('span')!.textContent!);
}

function chips(element: TermPicker): string[] {
  return allByTestId(element, 'skills-chip').map((chip) => chip.querySelector('span')!.textContent!);
}

describe('the term picker', () => {
  it('finds a trade by its Chinese name, its pinyin initials or its English name, the best match first', async () => {
    const { picker: element } = await picker();

    expect(await typeInto(element, '电工')).toEqual(['电工', '船舶电工']);
    expect(await typeInto(element, 'dg')).toEqual(['电工', '船舶电工']);
    expect(await typeInto(element, 'DianGong')).toEqual(['电工', '船舶电工']);
    expect(await typeInto(element, 'forklift')).toEqual(['叉车司机']);
    expect(await typeInto(element, '会计')).toEqual([]);
    expect(byTestId(element, 'skills-none')!.textContent).toBe('没有找到，换个说法试试');
  });

  it('adds the tapped suggestion as a chip with its name and answers the codes', async () => {
    const { picker: element, changes } = await picker(['welding']);

    await typeInto(element, 'dg');
    byTestId(element, 'skills-option')!.click();
    await element.updateComplete;

    expect(changes.at(-1)).toEqual(['welding', 'electrician']);
    expect(chips(element)).toEqual(['焊工', '电工']);
    expect(byTestId<HTMLInputElement>(element, 'skills')!.value).toBe('');
    expect(await typeInto(element, 'g')).not.toContain('电工');
  });

  it('chooses with the arrow keys and Enter, and takes the last chip back with Backspace', async () => {
    const { picker: element, changes } = await picker();
    const input = byTestId<HTMLInputElement>(element, 'skills')!;

    await typeInto(element, '电工');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    await element.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).toBe('skills-option-1');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    await element.updateComplete;
    expect(changes.at(-1)).toEqual(['ship-electrician']);

    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace' }));
    await element.updateComplete;
    expect(changes.at(-1)).toEqual([]);
  });

  it('removes a chip, and shows a code the list no longer has as it is', async () => {
    const { picker: element, changes } = await picker(['electrician', 'boilermaking']);

    expect(chips(element)).toEqual(['电工', 'boilermaking']);
    element.querySelector<HTMLButtonElement>('[aria-label="移除电工"]')!.click();
    await element.updateComplete;

    expect(changes.at(-1)).toEqual(['boilermaking']);
  });

  it('shows English names in English', async () => {
    setLocale('en');
    const { picker: element } = await picker(['textile'], INDUSTRIES);
    await settle();

    expect(chips(element)).toEqual(['Manufacture of textiles']);
    expect(await typeInto(element, 'zzy')).toEqual(['Manufacturing', 'Manufacture of foods']);
  });
});
