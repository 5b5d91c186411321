/**
 * The Vaadin console for officials and enterprise HR users. Mirrors the backend's features: views
 * call the features' services (their public API), never repositories or documents.
 */
package org.fugong.ui;
