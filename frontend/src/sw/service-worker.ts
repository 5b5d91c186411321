/// <reference lib="webworker" />
/**
 * The worker app's service worker (`/app/sw.js`, scope `/app/`): it makes the app installable and, when
 * the server has web push configured, shows the pushes that arrive while the app is closed or in the
 * background (Firebase's messaging SDK for service workers does that) and opens the notice on a tap.
 * The Firebase configuration comes in its address (`sw.js?apiKey=…`): the push handler has to be there
 * the moment the script starts, before anything could be fetched.
 */
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging/sw';
import { noticeUrlOf } from './notification-target';

declare const self: ServiceWorkerGlobalScope;

/** The app's address, where this script lives: /app/. */
const APP = new URL('./', self.location.href);

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

// registered before Firebase's own handler, which would only follow a link set by the server
self.addEventListener('notificationclick', (event) => {
  const target = noticeUrlOf(event.notification.data, APP);
  if (!target) return;
  event.stopImmediatePropagation();
  event.notification.close();
  event.waitUntil(openOrFocus(target));
});

/** Brings an open window of the app to the notice, or opens one. */
async function openOrFocus(target: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => client.url.startsWith(APP.href));
  if (open) {
    try {
      await open.focus();
      await open.navigate(target);
      return;
    } catch {
      // not ours to steer (not controlled yet): open a new window instead
    }
  }
  await self.clients.openWindow(target);
}

const config = new URL(self.location.href).searchParams;
const apiKey = config.get('apiKey');
const projectId = config.get('projectId');
const messagingSenderId = config.get('messagingSenderId');
const appId = config.get('appId');
if (apiKey && projectId && messagingSenderId && appId) {
  const app = initializeApp(
    { apiKey, projectId, messagingSenderId, appId, authDomain: config.get('authDomain') ?? undefined },
    'fugong',
  );
  // from here on Firebase shows each push that arrives while no window of the app is in front
  getMessaging(app);
}
