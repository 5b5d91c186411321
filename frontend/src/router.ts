/**
 * Hash routes (#/inbox, #/notices/{id}, #/responses, #/profile, #/login): the server serves one
 * index.html at /app/ and needs no fallback for deep links.
 */
export type Route =
  | { name: 'login' }
  | { name: 'inbox' }
  | { name: 'notice'; id: string }
  | { name: 'responses' }
  | { name: 'profile' };

export type RouteName = Route['name'];

/** The route a hash names, or null for an unknown one. */
export function parseRoute(hash: string): Route | null {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  switch (path) {
    case '':
    case '/inbox':
      return { name: 'inbox' };
    case '/login':
      return { name: 'login' };
    case '/responses':
      return { name: 'responses' };
    case '/profile':
      return { name: 'profile' };
  }
  const notice = /^\/notices\/([^/]+)$/.exec(path);
  if (notice) {
    try {
      return { name: 'notice', id: decodeURIComponent(notice[1]) };
    } catch {
      return null;
    }
  }
  return null;
}

export function routeHash(route: Route): string {
  return route.name === 'notice' ? `#/notices/${encodeURIComponent(route.id)}` : `#/${route.name}`;
}

export function navigate(route: Route, replace = false): void {
  const hash = routeHash(route);
  if (replace) {
    history.replaceState(history.state, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}
