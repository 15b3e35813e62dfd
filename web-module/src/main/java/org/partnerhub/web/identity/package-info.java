/** Pages for signing in and out and for the partner's own users. */
package org.partnerhub.web.identity;
