package org.partnerhub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private final CsvFile cut = new CsvFile(List.of("name", "country", "note"), 3, "things.file");

    @Test
    void theColumnsAreTheImportsOwnInAnyOrderWithBomSemicolonsAndQuotes() {
        List<CsvFile.Line> lines = read("\uFEFFnote;NAME;country\r\n\"semi; colon\";Ana;BR\r\n\r\n;Bo;US\r\n");

        assertEquals(2, lines.size(), "an empty line is no line");
        assertEquals("Ana", lines.get(0).value("name"));
        assertEquals("semi; colon", lines.get(0).value("note"));
        assertEquals(2, lines.get(0).number());
        assertEquals("Bo", lines.get(1).value("name"));
        assertEquals("", lines.get(1).value("note"));
    }

    @Test
    void aLineThatEndsEarlyNamesWhatItLacksInTheTemplatesOrder() {
        List<CsvFile.Line> lines = read("country,note,name\nBR\n");

        assertEquals(List.of("name", "note"), lines.get(0).missing());
        assertEquals("", lines.get(0).value("name"));
    }

    @Test
    void theTemplateIsTheHeaderAndTheExampleAndReadsBack() {
        String template = cut.template("Ana,BR,\"a, b\"");

        assertEquals("name,country,note\r\nAna,BR,\"a, b\"\r\n", template);
        assertEquals("a, b", read(template).get(0).value("note"));
    }

    @Test
    void theRowLimitAndTheMessagesThatCountRowsAreTheImports() {
        assertEquals(3, read("name,country,note\na,BR,\nb,BR,\nc,BR,\n").size());

        BusinessException tooMany = assertRefused("things.file.tooManyRows",
                "name,country,note\na,BR,\nb,BR,\nc,BR,\nd,BR,\n");
        assertEquals(List.of(3), List.of(tooMany.arguments()));
        assertRefused("things.file.noRows", "name,country,note\n");
    }

    @Test
    void aWrongHeaderNamesTheColumnsExpected() {
        BusinessException wrong = assertRefused("import.file.header", "name,country\nAna,BR\n");
        assertEquals(List.of("name, country, note"), List.of(wrong.arguments()));
        assertRefused("import.file.header", "name,country,note,note\nAna,BR,,\n");
    }

    private List<CsvFile.Line> read(String text) {
        return cut.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private BusinessException assertRefused(String key, String text) {
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> cut.read(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(key, refusal.messageKey());
        assertEquals("file", refusal.field());
        return refusal;
    }
}
