/** A customer's users from the browser: the list, adding, passwords, blocking and licenses. */
package org.partnerhub.web.customeruser;
