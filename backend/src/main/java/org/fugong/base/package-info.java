/**
 * What every feature shares: paging, problem details, localized text, validation of identifiers,
 * the embedded database and the clock.
 */
package org.fugong.base;
