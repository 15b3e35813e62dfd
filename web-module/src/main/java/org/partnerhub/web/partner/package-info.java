/** The partner's business profile page. */
package org.partnerhub.web.partner;
