/**
 * Console pages for enterprises and their task forces (专班, 专员): the registry and its import, an
 * enterprise's staffing and requests, the request threads, and the officials' queue.
 */
package org.fugong.ui.enterprise;
