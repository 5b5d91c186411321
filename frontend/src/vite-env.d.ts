/// <reference types="vite/client" />

/** The app's version (package.json), put in by Vite: a WEB device reports it as its appVersion. */
declare const __APP_VERSION__: string;
