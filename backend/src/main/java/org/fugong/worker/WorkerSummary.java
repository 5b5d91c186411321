package org.fugong.worker;

import org.fugong.base.Place;

/** What an official sees of a worker next to their response: never the whole phone number. */
public record WorkerSummary(String id, String name, String phoneMasked, Place hometown) {
}
