import { describe, expect, it } from 'vitest';
import { formatPhone, isValidPhone, normalisePhone } from '../../src/model/phone';

describe('normalisePhone', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['+8613800138000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['008613800138000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['１３８００１３８０００', '+8613800138000'],
    [' 19912345678 ', '+8619912345678'],
  ])('reads %j as %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['1380013800', 'ten digits'],
    ['138001380001', 'twelve digits'],
    ['12800138000', 'second digit 2'],
    ['10800138000', 'second digit 0'],
    ['23800138000', 'not starting with 1'],
    ['+85213800138000', 'another country'],
    ['+861380013800a', 'a letter'],
    ['02012345678', 'a landline'],
  ])('refuses %j (%s)', (input) => {
    expect(normalisePhone(input)).toBeNull();
    expect(isValidPhone(input)).toBe(false);
  });
});

describe('formatPhone', () => {
  it('groups the digits for reading', () => {
    expect(formatPhone('+8613800138000')).toBe('+86 138 0013 8000');
  });
});
