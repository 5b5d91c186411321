import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiClient } from './api/client';
import { LocalStorageTokenStore } from './api/tokens';
import type { Worker } from './api/types';
import { WorkerApi } from './api/worker-api';
import { LightElement } from './components/light-element';
import { getLocale, onLocaleChange, setLocale, t, toLocale, type Locale, type MessageKey } from './i18n/i18n';
import { localeName } from './i18n/names';
import './push/push-prompt';
import { WebPush, type ForegroundPush } from './push/web-push';
import { navigate, parseRoute, routeHash, type Route, type RouteName } from './router';
import './views/inbox-view';
import './views/login-view';
import './views/notice-view';
import './views/profile-view';
import './views/responses-view';

const TITLES: Record<RouteName, MessageKey> = {
  login: 'login.title',
  inbox: 'inbox.title',
  notice: 'notice.title',
  responses: 'responses.title',
  profile: 'profile.title',
};

/**
 * The app shell: header with the language switch, the screen the hash names, and the bottom tab bar.
 * Screens other than sign-in need a session; without one the worker signs in first and then lands
 * where they were going (a notice link from a push, say).
 */
@customElement('fg-app')
export class FugongApp extends LightElement {
  readonly api: WorkerApi;
  readonly push: WebPush;

  @state() private route: Route = { name: 'inbox' };
  /** A push that came while the app was in front. */
  @state() private pushed: ForegroundPush | null = null;

  private returnTo: Route | null = null;
  /** Set when the worker picks a language before signing in: that choice then goes to their profile. */
  private languageChosenSignedOut = false;
  private routeChanges = 0;

  constructor() {
    super();
    const client = new ApiClient({
      tokens: new LocalStorageTokenStore(),
      language: getLocale,
      onSessionEnded: () => this.sessionEnded(),
    });
    this.api = new WorkerApi(client);
    this.push = new WebPush(this.api);
    this.push.onForegroundPush((push) => this.pushArrived(push));
  }

  private readonly onHashChange = () => this.followHash();
  private stopLocale: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = getLocale();
    window.addEventListener('hashchange', this.onHashChange);
    // pushes come in the device's language
    this.stopLocale = onLocaleChange(() => void this.push.languageChanged());
    this.followHash();
    void this.push.prepare();
    if (this.api.signedIn) {
      void this.syncLocaleWithProfile(false);
      void this.push.start();
    }
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.stopLocale?.();
    super.disconnectedCallback();
  }

  private followHash(): void {
    const route = parseRoute(window.location.hash);
    if (!route) {
      navigate({ name: 'inbox' }, true);
      return;
    }
    if (!this.api.signedIn && route.name !== 'login') {
      this.returnTo = route;
      navigate({ name: 'login' }, true);
      return;
    }
    if (this.api.signedIn && route.name === 'login') {
      navigate({ name: 'inbox' }, true);
      return;
    }
    this.route = route;
    this.routeChanges++;
  }

  protected override updated(changed: PropertyValues<this>): void {
    document.title = `${t(TITLES[this.route.name])} · ${t('app.name')}`;
    if (changed.has('route' as keyof FugongApp) && this.routeChanges > 1) {
      // a new screen: start at its top and let screen readers know where they are
      window.scrollTo?.({ top: 0 });
      requestAnimationFrame(() => this.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true }));
    }
  }

  protected override render() {
    const signedIn = this.api.signedIn && this.route.name !== 'login';
    return html`<div class="app ${signedIn ? 'app--tabs' : ''}">
      <a class="skip-link" href="#main" @click=${this.skipToMain}>${t('app.skipToContent')}</a>
      <header class="app-bar">
        <span class="app-bar__brand"><span class="app-bar__logo" aria-hidden="true">复</span>${t('app.name')}</span>
        <button class="lang-switch" type="button" data-testid="lang-switch" lang=${otherLocale()} aria-label=${t('app.switchLanguage')} @click=${this.switchLanguage}>
          ${localeName(otherLocale())}
        </button>
      </header>
      <main id="main" class="app-main" tabindex="-1">${this.renderPushed()}${this.renderRoute()}</main>
      ${signedIn ? this.renderTabs() : nothing}
    </div>`;
  }

  private renderRoute() {
    const route = this.route;
    switch (route.name) {
      case 'login':
        return html`<fg-login-view .api=${this.api} @signed-in=${this.signedIn}></fg-login-view>`;
      case 'inbox':
        return html`<fg-push-prompt .push=${this.push}></fg-push-prompt>
          <fg-inbox-view .api=${this.api}></fg-inbox-view>`;
      case 'notice':
        return html`<fg-notice-view .api=${this.api} .noticeId=${route.id}></fg-notice-view>`;
      case 'responses':
        return html`<fg-responses-view .api=${this.api}></fg-responses-view>`;
      case 'profile':
        return html`<fg-profile-view .api=${this.api} .push=${this.push} @signed-out=${this.signedOut}></fg-profile-view>`;
    }
  }

  private renderTabs() {
    const current = this.route.name === 'notice' ? 'inbox' : this.route.name;
    const tab = (name: 'inbox' | 'responses' | 'profile', icon: string) =>
      html`<a class="tab" href="#/${name}" data-testid="tab-${name}" aria-current=${current === name ? 'page' : nothing}>
        <svg class="tab__icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${icon} /></svg>
        <span class="tab__label">${t(`nav.${name}`)}</span>
      </a>`;
    return html`<nav class="tab-bar" aria-label=${t('nav.label')}>
      ${tab('inbox', 'M19 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2zm0 12h-4a3 3 0 0 1-6 0H5V5h14z')}
      ${tab('responses', 'M19 3h-4.18A3 3 0 0 0 12 1a3 3 0 0 0-2.82 2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2zm-7 0a1 1 0 1 1 0 2 1 1 0 0 1 0-2zm-2 14l-4-4 1.41-1.41L10 14.17l6.59-6.59L18 9z')}
      ${tab('profile', 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z')}
    </nav>`;
  }

  private renderPushed() {
    const pushed = this.pushed;
    if (!pushed) return nothing;
    return html`<p class="notice-box notice-box--info push-toast" data-testid="push-toast" role="status">
      <span>${t('push.arrived', { title: pushed.title })}</span>
      ${pushed.noticeId
        ? html`<a href=${routeHash({ name: 'notice', id: pushed.noticeId })} @click=${() => (this.pushed = null)}>${t('push.open')}</a>`
        : nothing}
    </p>`;
  }

  /** A push while the app is in front: the browser shows none, so the app says it and refreshes the inbox. */
  private pushArrived(push: ForegroundPush): void {
    this.pushed = push;
    window.dispatchEvent(new CustomEvent('fugong:pushed'));
  }

  private skipToMain(event: Event): void {
    event.preventDefault();
    this.querySelector<HTMLElement>('#main')?.focus();
  }

  private signedIn(): void {
    const target = this.returnTo ?? { name: 'inbox' };
    this.returnTo = null;
    void this.syncLocaleWithProfile(this.languageChosenSignedOut);
    void this.push.start();
    navigate(target);
  }

  private signedOut(): void {
    this.returnTo = null;
    this.pushed = null;
    navigate({ name: 'login' });
  }

  private sessionEnded(): void {
    if (this.route.name !== 'login') this.returnTo = this.route;
    navigate({ name: 'login' });
  }

  private switchLanguage(): void {
    const locale = otherLocale();
    setLocale(locale);
    if (this.api.signedIn) void this.saveLocale(locale);
    else this.languageChosenSignedOut = true;
  }

  /**
   * The language follows the profile, so the app speaks as the pushes do; except right after the worker
   * picked one on the sign-in screen, which then is saved to the profile.
   */
  private async syncLocaleWithProfile(preferChosen: boolean): Promise<void> {
    try {
      const me = await this.api.me();
      const profileLocale = toLocale(me.locale);
      if (preferChosen) {
        this.languageChosenSignedOut = false;
        if (profileLocale !== getLocale()) await this.updateLocale(me, getLocale());
      } else if (profileLocale) {
        setLocale(profileLocale);
      }
    } catch {
      // the language stays as it is; the screens report their own failures
    }
  }

  private async saveLocale(locale: Locale): Promise<void> {
    try {
      const me = await this.api.me();
      if (toLocale(me.locale) !== locale) await this.updateLocale(me, locale);
    } catch {
      // the switch still works for this device
    }
  }

  /** Saves a new language to a profile; one not filled in yet is left for the worker to save. */
  private async updateLocale(me: Worker, locale: Locale): Promise<void> {
    if (!me.name || !me.hometown?.province || !me.hometown.city) return;
    await this.api.updateMe({
      name: me.name,
      hometown: me.hometown,
      district: me.district ?? '',
      industries: me.industries ?? [],
      skills: me.skills ?? [],
      employmentStatus: me.employmentStatus ?? null,
      enterpriseId: me.enterpriseId ?? null,
      locale,
      subscriptions: me.subscriptions ?? [],
    });
  }
}

function otherLocale(): Locale {
  return getLocale() === 'zh-CN' ? 'en' : 'zh-CN';
}

declare global {
  interface HTMLElementTagNameMap {
    'fg-app': FugongApp;
  }
}
