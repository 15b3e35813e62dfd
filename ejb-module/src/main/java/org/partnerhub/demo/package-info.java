/** Demo partners and users to sign in with, loaded into an empty database when switched on. */
package org.partnerhub.demo;
