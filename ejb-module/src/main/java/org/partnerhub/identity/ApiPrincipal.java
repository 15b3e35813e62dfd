package org.partnerhub.identity;

/** The caller a valid bearer token stands for: its principal name and its one role. */
public record ApiPrincipal(String name, String role) {
}
