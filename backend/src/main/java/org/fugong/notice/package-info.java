/**
 * Notices and the two-person rule: officials draft job fairs, job postings, return buses, policies
 * and announcements for an audience; another official approves; approval publishes now or at the
 * scheduled time. Also each worker's inbox: one entry per targeted worker and notice, the delivery
 * ledger and the worker's feed. The root package is the feature's API.
 */
package org.fugong.notice;
