package org.partnerhub.web.shell;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls a method without arguments, as the pages call a record's parts ({@code #{row.name()}}),
 * through the method found once for its class and name.
 * <p>
 * Jakarta EL's own resolver looks the method up again on every call, through
 * {@code Class.getMethods()}, which copies every public method of the class each time: in the
 * load test's mix that was the server's largest single allocation (13% of JFR's allocation
 * samples, December 2026). A call with arguments, or a method this class cannot reach (one
 * declared in a class that is not public, e.g. a proxy's), is left to that resolver, as is every
 * property.
 */
public class NoArgumentMethods extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || (params != null && params.length > 0)
                || (paramTypes != null && paramTypes.length > 0)) {
            return null;
        }
        Optional<Method> found = METHODS.get(base.getClass()).computeIfAbsent(name, key -> reachable(base.getClass(), key));
        if (found.isEmpty()) {
            return null;
        }
        Object result;
        try {
            result = found.get().invoke(base);
        } catch (IllegalAccessException unexpected) {
            throw new ELException(unexpected);
        } catch (InvocationTargetException thrown) {
            // as Jakarta EL's own resolver reports it: the exception the method threw
            throw new ELException(thrown.getCause());
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    private static Optional<Method> reachable(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            Class<?> declaring = method.getDeclaringClass();
            boolean reachable = Modifier.isPublic(declaring.getModifiers())
                    && declaring.getModule().isExported(declaring.getPackageName());
            return reachable ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException none) {
            return Optional.empty();
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are the other resolvers' business
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
