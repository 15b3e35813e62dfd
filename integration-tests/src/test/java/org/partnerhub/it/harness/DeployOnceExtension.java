package org.partnerhub.it.harness;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Deploys the EAR under test once per test run instead of once per test class (see
 * {@link SharedDeployment}). Registered in {@code META-INF/services} of the test class path, so
 * it acts on the client side only and never enters the deployment.
 *
 * <p>Written here rather than taken from a library: the one that does this
 * (arquillian-suite-extension) has had no release since 2020, scans the class path with an old
 * Reflections and declares a repository that is not Maven Central; Arquillian itself has no
 * such option yet.
 */
public class DeployOnceExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployment.class);
    }
}
