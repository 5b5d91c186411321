/**
 * Push notifications through Firebase Cloud Messaging: the gateway on firebase-admin (or a recorded
 * simulation when no Firebase is configured), the dispatcher that walks a published notice's audience
 * into inboxes and pushes with a lease and a checkpoint, and the ledger of every attempt. The root
 * package is the feature's API.
 */
package org.fugong.push;
