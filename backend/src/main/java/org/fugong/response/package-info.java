/**
 * Responses to notices: RSVPs to job fairs, applications to job postings, seat bookings on return
 * buses and subsidy applications; one active response per worker and notice, idempotent submission,
 * a hard seat capacity with a waitlist in booking order, and review by officials with the worker told
 * by push and in the inbox. The root package is the feature's API.
 */
package org.fugong.response;
