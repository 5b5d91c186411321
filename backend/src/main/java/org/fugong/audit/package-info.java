/**
 * The append-only audit log: every change an official or HR user makes is written here with who,
 * what and when. Nothing updates or deletes an entry.
 */
package org.fugong.audit;
