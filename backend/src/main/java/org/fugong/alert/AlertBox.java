package org.fugong.alert;

import java.util.List;

/** A console user's latest alerts, newest first, and how many of them they have not seen. */
public record AlertBox(int unread, List<StaffAlert> alerts) {
}
