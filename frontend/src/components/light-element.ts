import { LitElement } from 'lit';
import { LocaleController } from '../i18n/i18n';

/**
 * Base of the app's elements. They render into the light DOM, so the one stylesheet (styles.css) applies
 * and browser tests find `data-testid`s with plain selectors; and they re-render when the language changes.
 */
export class LightElement extends LitElement {
  protected readonly localeController = new LocaleController(this);

  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
