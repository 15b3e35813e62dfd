/** The bell in the top bar and the signed-in user's list of notifications. */
package org.partnerhub.web.notification;
