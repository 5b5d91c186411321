/**
 * Reports: the bureau's progress briefing for a period, in figures and as a zh-CN paragraph (job
 * fairs, enterprise participations, positions, job seekers reached, intentions reached; buses and
 * workers returned; subsidies approved), and the console dashboard's daily series. Read-only: it
 * asks the other features' services and never reads their collections. The root package is the
 * feature's API.
 */
package org.fugong.report;
