/**
 * Publicity of approved subsidies (公示): officials list a policy's approved claims and answer
 * objections; the public page, open without sign-in, shows the list and takes objections.
 */
package org.fugong.ui.publicity;
