/**
 * Placements (到岗): workers handed over to an enterprise by a return bus, and students accepted for an
 * internship; the enterprise's HR confirms who started, and bus passengers are asked after arrival,
 * on a schedule, whether they are still at work (后续有跟踪), a call for help opening a request for
 * the task force. The root package is the feature's API.
 */
package org.fugong.placement;
