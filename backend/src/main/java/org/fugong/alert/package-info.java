/**
 * Alerts to console users: what the dispatch clock wants the task force and the ADMIN users to know,
 * kept in each user's alert box (the console's bell) and pushed to the phones they registered. The
 * root package is the feature's API.
 */
package org.fugong.alert;
