/** The start page: who you are and, for admins, what happened lately. */
package org.partnerhub.web.home;
