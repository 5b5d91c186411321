/** Console users and their roles: the ADMIN's page. */
package org.fugong.ui.user;
