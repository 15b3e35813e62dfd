package org.partnerhub.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document tells the truth: its paths and methods are exactly the routes of the
 * Jakarta REST resources, no more and no fewer.
 */
class OpenApiTest {

    private static final List<Class<? extends Annotation>> METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

    @Test
    void theDocumentListsExactlyTheRoutesOfTheResources() throws Exception {
        Set<String> routes = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.partnerhub.web.api")) {
            Class<?> resource = type.reflect();
            Path base = resource.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                for (Class<? extends Annotation> verb : METHODS) {
                    if (method.isAnnotationPresent(verb)) {
                        Path sub = method.getAnnotation(Path.class);
                        routes.add(verb.getSimpleName() + " " + normalized(base.value(), sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            JsonObject paths = Json.createReader(in).readObject().getJsonObject("paths");
            paths.forEach((path, operations) -> operations.asJsonObject().keySet()
                    .forEach(verb -> documented.add(verb.toUpperCase(Locale.ROOT) + " " + path)));
        }

        assertEquals(routes, documented);
    }

    private static String normalized(String base, String sub) {
        String path = "/" + base.replaceAll("^/|/$", "") + (sub.isEmpty() ? "" : "/" + sub.replaceAll("^/|/$", ""));
        return path.replaceAll("\\{(\\w+)(:[^}]*)?\\}", "{$1}");
    }
}
