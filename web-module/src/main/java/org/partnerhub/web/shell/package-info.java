/**
 * What every page shares: the signed-in user and partner, the language and the country names
 * in it, the menu of workspaces and who may open them, how refusals become messages next to
 * their fields, and how money is written.
 */
package org.partnerhub.web.shell;
