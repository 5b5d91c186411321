package org.fugong.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of a feature that exists for other features or for the machinery (the push
 * pipeline, the dispatch clock, the sign-in endpoints), not for the console: writing the delivery
 * ledger, recording an audit entry, minting tokens, opening a request on a worker's behalf. Java
 * needs such a method public because another package calls it; the architecture test forbids the
 * console ({@code org.fugong.ui..}) to call it, since a view that did would bypass the rules of the
 * service that normally does the call.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Plumbing {
}
