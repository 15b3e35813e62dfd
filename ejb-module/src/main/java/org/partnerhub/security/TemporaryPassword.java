package org.partnerhub.security;

import java.io.Serializable;
import java.security.SecureRandom;

/**
 * A generated password shown once to the person who created it and then forgotten: only its
 * hash is stored. Its toString never reveals it, so it cannot end up in a log by accident.
 */
public final class TemporaryPassword implements Serializable {

    // No 0/O, 1/l/I: the password is read off a screen and typed again.
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#%*+-=?";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LENGTH = 16;

    private final String value;

    private TemporaryPassword(String value) {
        this.value = value;
    }

    public static TemporaryPassword generate() {
        String all = LETTERS + DIGITS + SYMBOLS;
        StringBuilder password = new StringBuilder(LENGTH);
        password.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        password.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        password.append(SYMBOLS.charAt(RANDOM.nextInt(SYMBOLS.length())));
        while (password.length() < LENGTH) {
            password.append(all.charAt(RANDOM.nextInt(all.length())));
        }
        return new TemporaryPassword(password.toString());
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return "TemporaryPassword[hidden]";
    }
}
