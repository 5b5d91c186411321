/** Console pages for notices: the list, the editor with the audience builder, the review queue and a notice's page. */
package org.fugong.ui.notice;
