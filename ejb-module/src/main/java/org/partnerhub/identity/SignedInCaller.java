package org.partnerhub.identity;

import java.util.Set;
import org.partnerhub.shared.Language;

/** The outcome of a successful sign-in: who, with which roles, in which language. */
public record SignedInCaller(String email, Set<PartnerRole> roles, Language preferredLanguage) {
}
