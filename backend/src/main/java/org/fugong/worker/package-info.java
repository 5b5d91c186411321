/**
 * Workers (务工人员, job seekers, students): their profile, push subscriptions and devices, and the
 * audience filter that decides which workers a notice reaches. The root package is the feature's API.
 */
package org.fugong.worker;
