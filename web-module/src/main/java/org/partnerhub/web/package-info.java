/** The browser face of Partner Hub: one backing bean per page, grouped by capability. */
package org.partnerhub.web;
