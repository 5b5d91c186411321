/**
 * Workers (务工人员, job seekers, students): their profile, push subscriptions and devices, the
 * audience filter that decides which workers a notice reaches, and bulk import from the bureau's
 * other registers. The root package is the feature's API.
 */
package org.fugong.worker;
