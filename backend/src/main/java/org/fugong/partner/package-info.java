/**
 * The partner feed (专网): published job postings served read-only to the migrant-worker platforms of
 * the workers' home provinces, as JSON and CSV, pulled incrementally with an API key per partner that
 * ADMIN users issue, see used and revoke in the console. No personal data ever leaves through it.
 * The root package is the feature's API.
 */
package org.fugong.partner;
