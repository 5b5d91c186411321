/** Console pages for return buses (专车): the trips, and a trip's manifest, boarding, arrival and changes. */
package org.fugong.ui.bus;
