package org.partnerhub.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API's root, {@code /partnerhub/api}: what a Partner Center client sets as its API root. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
