package org.partnerhub.web.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsTest {

    private static final String HOSTILE = "Evil </script><img src=x onerror=alert(1)> & Co";

    @Test
    void aNameCannotEndTheScriptItIsWrittenIntoAndReadsBackTheSame() {
        String config = ChartJs.bars(List.of(HOSTILE), new ChartJs.Series("Customers", List.of(3L), null));

        assertFalse(config.contains("<") || config.contains(">") || config.contains("&"), config);
        assertEquals(HOSTILE, read(config).getJsonObject("data").getJsonArray("labels").getString(0));
    }

    @Test
    void twoSeriesOfHorizontalBarsEachHaveTheirOwnAxis() {
        JsonObject config = read(ChartJs.horizontalBars(List.of("Fabrikam", "Northwind"), List.of(
                new ChartJs.Series("Customers", List.of(3L, 1L), "customers"),
                new ChartJs.Series("Licenses", List.of(40L, 10L), "licenses"))));

        assertEquals("y", config.getJsonObject("options").getString("indexAxis"));
        assertEquals("licenses", config.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getString("xAxisID"));
        assertEquals(40, config.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getJsonArray("data").getInt(0));
        assertEquals("top", config.getJsonObject("options").getJsonObject("scales").getJsonObject("licenses").getString("position"));
        assertEquals("Licenses", config.getJsonObject("options").getJsonObject("scales").getJsonObject("licenses")
                .getJsonObject("title").getString("text"), "the axis names what it measures");
        assertEquals(config.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getString("backgroundColor"),
                config.getJsonObject("options").getJsonObject("scales").getJsonObject("licenses")
                        .getJsonObject("title").getString("color"), "in its series' colour");
    }

    @Test
    void aDoughnutGivesEachPartItsOwnColour() {
        JsonObject config = read(ChartJs.doughnut(List.of("Active", "Suspended"), List.of(5L, 1L)));

        var colours = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("backgroundColor");
        assertEquals(2, colours.size());
        assertFalse(colours.getString(0).equals(colours.getString(1)));
    }

    private static JsonObject read(String config) {
        return Json.createReader(new StringReader(config)).readObject();
    }
}
