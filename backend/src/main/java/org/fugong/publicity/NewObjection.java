package org.fugong.publicity;

/**
 * An objection filed on the public page.
 *
 * @param name    optional
 * @param contact a phone number or an e-mail address, required: the bureau answers there
 * @param lineNo  the line it is about, if any
 * @param text    what is wrong, at most 1000 characters
 */
public record NewObjection(String name, String contact, Integer lineNo, String text) {
}
