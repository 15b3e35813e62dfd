package org.partnerhub.it.harness;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;

/**
 * One deployment for every test class of the run. Arquillian generates, deploys and undeploys
 * a deployment for each test class; here the first class's deployment is kept and handed to
 * every later class, already deployed, and it is undeployed once, just before the server stops.
 * Every test class of this module declares the same deployment ({@code RealEar.underTest()}),
 * so whichever class runs first, the deployment is the same.
 *
 * <p>Handing over the same {@link DeploymentScenario} object matters: Arquillian keeps the
 * deployment's address (what {@code @ArquillianResource URL} and the in-container protocol use)
 * in a context keyed by its {@link Deployment}, so a freshly generated one would have none.
 */
public class SharedDeployment {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> classScenario;

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    private Event<UnDeployManagedDeployments> undeploy;

    private DeploymentScenario shared;
    private Class<?> firstTestClass;
    private boolean stopping;

    public void generateOnce(@Observes EventContext<GenerateDeployment> generation) {
        if (shared == null) {
            generation.proceed();
            shared = classScenario.get();
            firstTestClass = generation.getEvent().getTestClass().getJavaClass();
        } else {
            classScenario.set(shared);
        }
    }

    /** Deploys when nothing is deployed yet; a deployment that failed is tried again, so every class reports why. */
    public void deployOnce(@Observes EventContext<DeployManagedDeployments> deployment) {
        boolean deployed = shared != null && !shared.deployments().isEmpty()
                && shared.deployments().stream().allMatch(Deployment::isDeployed);
        if (!deployed) {
            deployment.proceed();
        }
    }

    /** Keeps the deployment after each class; only the undeployment fired before the server stops goes through. */
    public void undeployOnlyAtTheEnd(@Observes EventContext<UnDeployManagedDeployments> undeployment) {
        if (stopping) {
            undeployment.proceed();
        }
    }

    /**
     * Undeploys before the server stops, so that a Payara domain left under target/ does not
     * deploy this EAR again at its next start. No test class is active by then: the shared
     * scenario is put into a class context of its own for the undeployment to find.
     */
    public void undeployBeforeStop(@Observes BeforeStop stop) {
        if (shared == null || stopping) {
            return;
        }
        ClassContext context = classContext.get();
        context.activate(firstTestClass);
        stopping = true;
        try {
            classScenario.set(shared);
            undeploy.fire(new UnDeployManagedDeployments());
        } catch (RuntimeException e) {
            LOG.warning("Undeploying the shared deployment failed: " + e);
        } finally {
            stopping = false;
            context.deactivate();
            context.destroy(firstTestClass);
            shared = null;
        }
    }
}
