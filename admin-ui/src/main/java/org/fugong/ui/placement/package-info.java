/**
 * Workers placed at enterprises (by a return bus or an internship): whether they started, as the
 * enterprise's HR reports, and the follow-up checks after arrival, on the trip and enterprise pages.
 */
package org.fugong.ui.placement;
