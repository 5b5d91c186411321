package org.fugong.worker;

/** Where a device receives pushes: the Android app or the worker web app. */
public enum Platform {
    ANDROID,
    WEB
}
