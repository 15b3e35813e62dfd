package org.partnerhub.security;

import java.io.Serializable;

/** The sign-in name and temporary password of a user just added, for showing exactly once. */
public record NewUserCredentials(String email, TemporaryPassword temporaryPassword) implements Serializable {
}
