/**
 * The start page: who you are, how your partner's business stands (the dashboard, with its
 * charts and their CSV files), what waits for you and, for admins, what happened lately.
 */
package org.partnerhub.web.home;
