package org.fugong.enterprise;

/** What a console user may do with an enterprise's request now (see {@link RequestActions}). */
public enum RequestAction {
    /** Take up an open request (staff). */
    TAKE_UP,
    /** Say how it was solved and to what effect (staff, until it is resolved). */
    RESOLVE,
    /** Open a resolved request again (staff, in the console). */
    REOPEN
}
