/** Partner platforms that pull the postings feed: the ADMIN's page to issue and revoke their keys and see their pulls. */
package org.fugong.ui.partner;
