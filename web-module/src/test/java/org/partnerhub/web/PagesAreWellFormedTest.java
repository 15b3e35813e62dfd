package org.partnerhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * Every page and template is well-formed XML, as Facelets needs it to be: a stray "<" in an
 * expression breaks the page only when it is first opened, which this finds at build time.
 */
class PagesAreWellFormedTest {

    @Test
    void everyPageParses() throws Exception {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/webapp"))) {
            pages = walk.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            try {
                factory.newDocumentBuilder().parse(page.toFile());
            } catch (org.xml.sax.SAXException | IOException e) {
                broken.add(page + ": " + e.getMessage());
            }
        }

        assertTrue(pages.size() > 40, "the scan found the pages: " + pages.size());
        assertEquals(List.of(), broken);
    }
}
