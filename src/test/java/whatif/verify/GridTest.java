package whatif.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import whatif.source.Span;

class GridTest {
    private static final Span HERE = Span.wholeFile(Path.of("verify.yaml"));
    private final Grid grid = new Grid(List.of(new Axis("asOf", List.of("2020-01-01", "2021-01-01"), HERE),
            new Axis("T.a", List.of("1", "2", "3"), HERE)));

    @Test
    void theLastAxisVariesFastestAsNestedLoopsWouldWriteIt() {
        List<List<String>> points = new ArrayList<>();
        for (long i = 0; i < grid.size(); i++) {
            points.add(grid.values(i));
        }

        assertThat(points).containsExactly(List.of("2020-01-01", "1"), List.of("2020-01-01", "2"), List.of("2020-01-01", "3"),
                List.of("2021-01-01", "1"), List.of("2021-01-01", "2"), List.of("2021-01-01", "3"));
    }

    @Test
    void aStrideStepsToTheNeighbourAlongAnAxis() {
        assertThat(grid.stride(0)).isEqualTo(3);
        assertThat(grid.stride(1)).isEqualTo(1);
        assertThat(grid.values(1 + grid.stride(0))).containsExactly("2021-01-01", "2");
    }
}
