package org.fugong.ui.base;

import org.fugong.base.Actor;
import org.fugong.base.UnauthenticatedException;
import org.fugong.security.CurrentActor;

/** The signed-in console user, as the services want to know them. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Actor actor() {
        return CurrentActor.get().orElseThrow(() -> new UnauthenticatedException("error.unauthenticated"));
    }
}
