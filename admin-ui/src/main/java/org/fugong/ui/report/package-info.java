/** Console pages that report: the dashboard of the week, the briefing for a period, subsidies granted. */
package org.fugong.ui.report;
