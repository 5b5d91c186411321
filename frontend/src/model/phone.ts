/**
 * Mainland mobile numbers as the API takes them: `+86` and 11 digits starting 1[3-9]. Workers type them
 * every which way (with spaces or dashes, full-width digits from a Chinese keyboard, 0086 or 86 in front,
 * or just the 11 digits), so input is normalised before it is validated.
 */

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** The number as `+86XXXXXXXXXXX`, or null when the input is not a mainland mobile number. */
export function normalisePhone(input: string): string | null {
  const ascii = input.replace(/[０-９＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const compact = ascii.replace(/[\s\-().\u00a0\u3000]/g, '');
  let national: string;
  if (compact.startsWith('+86')) national = compact.slice(3);
  else if (compact.startsWith('0086')) national = compact.slice(4);
  else if (compact.startsWith('86') && compact.length === 13) national = compact.slice(2);
  else national = compact;
  return MAINLAND_MOBILE.test(national) ? `+86${national}` : null;
}

export function isValidPhone(input: string): boolean {
  return normalisePhone(input) !== null;
}

/** `+8613800138000` → `+86 138 0013 8000`, for showing a number back to its owner. */
export function formatPhone(phone: string): string {
  const normalised = normalisePhone(phone);
  if (!normalised) return phone;
  const n = normalised.slice(3);
  return `+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
}
