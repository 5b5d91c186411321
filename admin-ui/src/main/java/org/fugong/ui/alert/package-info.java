/** A console user's alert box: the dispatch clock's warnings and escalations, newest first. */
package org.fugong.ui.alert;
