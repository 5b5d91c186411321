import { randomUuid } from '../api/uuid';

const KEY = 'fugong.installationId';

/**
 * This browser's installation id, the `{installationId}` of PUT /me/devices: made once and kept, so
 * registering again (a new token, another language) updates the same device rather than adding one.
 */
export function installationId(storage: Storage = window.localStorage): string {
  const known = storage.getItem(KEY);
  if (known && /^[A-Za-z0-9._:-]{8,128}$/.test(known)) return known;
  const made = `web-${randomUuid()}`;
  storage.setItem(KEY, made);
  return made;
}
