package org.partnerhub.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Object streams that write a session as a cluster's session store does. Java's own, with the
 * one thing every Jakarta EE server's store adds (CDI 4.0, 6.6.2: session beans are passivation
 * capable dependencies): a reference to a session bean travels as a handle, its bean's name,
 * and is looked up again on arrival. Payara's no-interface views are such references that only
 * its own store knows how to write; they are recognised by their generated class, which extends
 * the bean's class. Classes are read as the application sees them or, for the server's own
 * classes an application cannot see (WildFly's bean references carry some), as the writing side
 * saw them: a cluster's session store resolves those with the server's modules.
 */
final class SessionStreams {

    private static final String PAYARA_NO_INTERFACE_VIEW = "__EJB31_Generated__";
    private static final String EJB_MODULE = RealEar.EJB_JAR.replace(".jar", "");

    private SessionStreams() {
    }

    /** A session bean reference on its way: the bean's class name. */
    private record SessionBeanHandle(String beanClass) implements Serializable {
    }

    /** {@code written}: filled with the classes written, for {@link #input} in the same server. */
    static ObjectOutputStream output(OutputStream out, Map<String, Class<?>> written) throws IOException {
        return new ObjectOutputStream(out) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected void annotateClass(Class<?> type) {
                written.put(type.getName(), type);
            }

            @Override
            protected Object replaceObject(Object object) {
                if (object != null && object.getClass().getName().contains(PAYARA_NO_INTERFACE_VIEW)) {
                    return new SessionBeanHandle(object.getClass().getSuperclass().getName());
                }
                return object;
            }
        };
    }

    static ObjectInputStream input(InputStream in, ClassLoader application, Map<String, Class<?>> written)
            throws IOException {
        return new ObjectInputStream(in) {
            {
                enableResolveObject(true);
            }

            @Override
            protected Class<?> resolveClass(ObjectStreamClass type) throws IOException, ClassNotFoundException {
                try {
                    return Class.forName(type.getName(), false, application);
                } catch (ClassNotFoundException e) {
                    Class<?> serverOwn = written.get(type.getName());
                    if (serverOwn == null) {
                        throw e;
                    }
                    return serverOwn;
                }
            }

            @Override
            protected Object resolveObject(Object object) throws IOException {
                if (object instanceof SessionBeanHandle handle) {
                    String simpleName = handle.beanClass().substring(handle.beanClass().lastIndexOf('.') + 1);
                    try {
                        return new InitialContext().lookup("java:app/" + EJB_MODULE + "/" + simpleName);
                    } catch (NamingException e) {
                        throw new IOException("session bean " + handle.beanClass() + " not found on arrival", e);
                    }
                }
                return object;
            }
        };
    }
}
