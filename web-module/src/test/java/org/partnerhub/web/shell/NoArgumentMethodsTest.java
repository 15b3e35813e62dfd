package org.partnerhub.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages' calls without arguments, answered before Jakarta EL's own resolver looks for the method. */
class NoArgumentMethodsTest {

    public record Row(String name, int licenses) {

        public int doubled() {
            if (licenses < 0) {
                throw new IllegalStateException("no licences");
            }
            return 2 * licenses;
        }

        public String greeting(String to) {
            return "Hello " + to + ", " + name;
        }
    }

    /** Declared in a class that is not public: only Jakarta EL's own resolver, through the interface, may call it. */
    private static final class Hidden implements Supplier<String> {
        @Override
        public String get() {
            return "reached";
        }
    }

    private final NoArgumentMethods resolver = new NoArgumentMethods();
    private final ELProcessor el = new ELProcessor();

    @BeforeEach
    void resolverFirst() {
        el.getELManager().addELResolver(resolver);
    }

    @Test
    void aRecordsPartsAndItsOwnMethodsAnswerAsBefore() {
        el.defineBean("row", new Row("Contoso", 25));

        assertEquals("Contoso", el.eval("row.name()"));
        assertEquals(50, (Object) el.eval("row.doubled()"));
        assertEquals("CONTOSO", el.eval("row.name().toUpperCase()"));
        assertEquals(3, (Object) el.eval("[1, 2, 3].size()"), "inherited from a public class");
    }

    @Test
    void itAnswersTheCallItselfAndMarksItResolved() {
        ELContext context = el.getELManager().getELContext();
        Row row = new Row("Fabrikam", 1);

        Object answer = resolver.invoke(context, row, "name", null, new Object[0]);

        assertEquals("Fabrikam", answer);
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void callsItCannotAnswerAreLeftToTheNextResolver() {
        ELContext context = el.getELManager().getELContext();
        Row row = new Row("Fabrikam", 1);

        assertNull(resolver.invoke(context, row, "greeting", null, new Object[] {"Ana"}));
        assertNull(resolver.invoke(context, row, "nothingCalledThat", null, new Object[0]));
        assertNull(resolver.invoke(context, new Hidden(), "get", null, new Object[0]));
        assertFalse(context.isPropertyResolved());

        el.defineBean("row", row);
        el.defineBean("hidden", new Hidden());
        assertEquals("Hello Ana, Fabrikam", el.eval("row.greeting('Ana')"));
        assertEquals("reached", el.eval("hidden.get()"));
    }

    @Test
    void whatTheMethodThrowsArrivesAsTheCauseOfAnElException() {
        el.defineBean("row", new Row("Contoso", -1));

        ELException thrown = assertThrows(ELException.class, () -> el.eval("row.doubled()"));

        assertInstanceOf(IllegalStateException.class, thrown.getCause());
        assertEquals("no licences", thrown.getCause().getMessage());
    }

    /** The method is kept per class: each call still answers for the instance it is made on. */
    @Test
    void aMethodKeptForItsClassAnswersForEachInstance() {
        List<Row> rows = List.of(new Row("A", 1), new Row("B", 2));
        el.defineBean("rows", rows);

        assertEquals("A", el.eval("rows.get(0).name()"));
        assertEquals("B", el.eval("rows.get(1).name()"));
        assertSame(rows.get(1).name(), el.eval("rows.get(1).name()"));
    }
}
