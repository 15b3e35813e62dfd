package org.partnerhub.web.security;

import java.io.Serializable;
import java.util.Set;

/** The signed-in caller as the session keeps it between requests. */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SessionCaller.class.getName();
}
