package org.partnerhub.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.partnerhub.it.data.TestData;

/**
 * The EAR that the build produced, as deployed in production. In-container tests add only this
 * package (the tests and their helpers) to its WAR; nothing of the application is re-assembled.
 */
public final class RealEar {

    static final String WAR = "partnerhub-web.war";
    static final String EJB_JAR = "partnerhub-ejb.jar";

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

    /**
     * What every test class deploys (once per run, see {@code arquillian.SharedDeployment}): the
     * built EAR with this package (the in-container tests and the fixtures the browser tests
     * call) in its WAR and {@code it.data} (test data written through the application's
     * persistence unit, which only the EJB jar's own beans can use) in its EJB jar.
     */
    public static EnterpriseArchive underTest() {
        EnterpriseArchive ear = asBuilt();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_JAR);
        ejb.addPackage(TestData.class.getPackage());
        ear.delete(EJB_JAR);
        ear.addAsModule(ejb);
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addPackage(RealEar.class.getPackage());
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }
}
