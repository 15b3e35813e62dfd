/**
 * What every capability shares: settings read from the environment, the application's one
 * datasource and its schema migrations, languages and texts translated into them, and the
 * exception a user can act on.
 */
package org.partnerhub.shared;
