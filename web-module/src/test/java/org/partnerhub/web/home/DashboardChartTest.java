package org.partnerhub.web.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DashboardChartTest {

    @Test
    void aChartDrawsTheTenLargestOneByOneAndTheRestTogether() {
        List<Integer> twelve = IntStream.rangeClosed(1, 12).boxed().toList();

        assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(), DashboardChart.shown(twelve));
        assertEquals(List.of(11, 12), DashboardChart.rest(twelve));
    }

    @Test
    void withTenOrFewerThereIsNoRest() {
        List<Integer> three = List.of(1, 2, 3);

        assertEquals(three, DashboardChart.shown(three));
        assertEquals(List.of(), DashboardChart.rest(three));
        assertEquals(List.of(), DashboardChart.rest(IntStream.rangeClosed(1, 10).boxed().toList()));
    }
}
