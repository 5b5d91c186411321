/**
 * Publicity of approved subsidies (专策 公示): the approved claims of a policy published as a public page
 * and an announcement, with an objection period of working days (public holidays aside) in which
 * anyone may object, answered in the console; after it, the claims' payment status becomes
 * "publicised". The root package is the feature's API.
 */
package org.fugong.publicity;
