package org.partnerhub.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR that the build produced, as deployed in production. In-container tests add only this
 * package (the tests and their helpers) to its WAR; nothing of the application is re-assembled.
 */
public final class RealEar {

    static final String WAR = "partnerhub-web.war";

    private RealEar() {
    }

    public static EnterpriseArchive asBuilt() {
        File ear = new File(System.getProperty("partnerhub.ear", "target/partnerhub.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("The built EAR is missing at " + ear.getAbsolutePath()
                    + ": run the tests with 'mvn verify' from the project root");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    public static EnterpriseArchive withInContainerTests() {
        EnterpriseArchive ear = asBuilt();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addPackage(RealEar.class.getPackage());
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }
}
