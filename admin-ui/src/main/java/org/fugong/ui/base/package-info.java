/** What every console page shares: security, the layout and its navigation, languages, formats and messages. */
package org.fugong.ui.base;
