/**
 * What an operator needs from the running application: liveness and readiness probes, the
 * version at start-up and in the page footer, and an incident number on the error page that
 * leads to the stack trace in the server log.
 */
package org.partnerhub.web.operations;
