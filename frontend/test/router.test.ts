import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../src/router';

describe('hash routes', () => {
  it.each([
    ['', { name: 'inbox' }],
    ['#/', { name: 'inbox' }],
    ['#/inbox', { name: 'inbox' }],
    ['#/login', { name: 'login' }],
    ['#/responses', { name: 'responses' }],
    ['#/profile/', { name: 'profile' }],
    ['#/notices/abc-123', { name: 'notice', id: 'abc-123' }],
    ['#/notices/a%2Fb', { name: 'notice', id: 'a/b' }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('knows no other route', () => {
    expect(parseRoute('#/admin')).toBeNull();
    expect(parseRoute('#/notices/')).toBeNull();
    expect(parseRoute('#/notices/a/b')).toBeNull();
  });

  it('writes routes back as hashes', () => {
    expect(routeHash({ name: 'notice', id: 'a/b' })).toBe('#/notices/a%2Fb');
    expect(routeHash({ name: 'responses' })).toBe('#/responses');
  });
});
