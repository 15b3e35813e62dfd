package org.partnerhub.customeruser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.CsvFile;

class UserImportFileTest {

    private static final String HEADER = "user_name,first_name,last_name,display_name,contact_email,usage_location,role,licenses\n";

    @Test
    void commaOrSemicolonWithOrWithoutBomAndQuotedFields() {
        List<CsvFile.Line> comma = read("\uFEFF" + HEADER + "ana,Ana,\"Lima, Jr.\",,,BR,user,\n");
        assertEquals("Lima, Jr.", comma.get(0).value("last_name"));
        assertEquals(2, comma.get(0).number());
        List<CsvFile.Line> semicolon = read(HEADER.replace(',', ';') + "josé;José;Pérez;;;ES;admin;O365-E3\n");
        assertEquals("José", semicolon.get(0).value("first_name"));
        assertEquals("O365-E3", semicolon.get(0).value("licenses"));
        List<CsvFile.Line> reordered = read("last_name,user_name,first_name,display_name,contact_email,"
                + "usage_location,role,licenses\nLima,ana,Ana,,,BR,,\n");
        assertEquals("ana", reordered.get(0).value("user_name"));
    }

    @Test
    void theTemplateReadsAsOneValidLine() {
        assertEquals("ana.lima", read(UserImportFile.template()).get(0).value("user_name"));
    }

    @Test
    void aLineThatEndsEarlyNamesEveryColumnItLacks() {
        List<CsvFile.Line> lines = read(HEADER + "short,line\nana,Ana,Lima,,,BR,user,\n");

        assertEquals(List.of("last_name", "display_name", "contact_email", "usage_location", "role", "licenses"),
                lines.get(0).missing());
        assertEquals("", lines.get(0).value("usage_location"));
        assertEquals(List.of(), lines.get(1).missing(), "empty fields are there, only empty");
    }

    @Test
    void aFileThatCannotBeReadAsAWholeIsRefusedWithOneMessage() {
        assertRefused("import.file.empty", new byte[0]);
        assertRefused("import.file.empty", "\uFEFF  \n".getBytes(StandardCharsets.UTF_8));
        assertRefused("import.file.binary", new byte[] {'a', 0, 'b'});
        assertRefused("import.file.encoding", (HEADER + "jos\u00e9,Jos\u00e9,P,,,ES,,\n").getBytes(StandardCharsets.ISO_8859_1));
        assertRefused("import.file.header", "name,first\nana,Ana\n".getBytes(StandardCharsets.UTF_8));
        assertRefused("import.file.noRows", HEADER.getBytes(StandardCharsets.UTF_8));
        BusinessException tooMany = assertRefused("import.file.tooManyFields",
                (HEADER + "ana,Ana,Lima,,,BR,user,,extra\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(2, 9, 8), List.of(tooMany.arguments()));
        assertRefused("import.file.tooLarge", new byte[UserImportFile.MAX_BYTES + 1]);
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i <= UserImportFile.MAX_ROWS; i++) {
            big.append("u").append(i).append(",A,B,,,US,,\n");
        }
        assertRefused("import.file.tooManyRows", big.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvFile.Line> read(String text) {
        return UserImportFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static BusinessException assertRefused(String key, byte[] content) {
        BusinessException refusal = assertThrows(BusinessException.class, () -> UserImportFile.read(content));
        assertEquals(key, refusal.messageKey());
        assertEquals("file", refusal.field());
        return refusal;
    }
}
