package cn.gdftu.twocoverage.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class PointLabelsTests {

	private static final Rectangle2D AREA = new Rectangle2D.Double(100, 100, 1600, 700);
	private static final double RADIUS = 10;

	@Test
	void labelsOfPointsOnTopOfEachOtherDoNotOverlap() {
		List<Point2D> centres = Collections.nCopies(8, new Point2D.Double(900, 450));
		List<PointLabels.Placed> placed = PointLabels.layout(centres, inks(8), List.of(), AREA, RADIUS);

		assertNoOverlapInside(placed);
		assertThat(placed).filteredOn(PointLabels.Placed::leader).isNotEmpty();
	}

	@Test
	void aLabelNextToItsPointNeedsNoLeaderAndAvoidsACaption() {
		Point2D centre = new Point2D.Double(900, 450);
		Rectangle2D rightOfPoint = new Rectangle2D.Double(905, 430, 200, 40);
		List<PointLabels.Placed> placed = PointLabels.layout(List.of(centre), inks(1), List.of(rightOfPoint), AREA,
				RADIUS);

		assertThat(placed.get(0).box().intersects(rightOfPoint)).isFalse();
		assertThat(placed.get(0).leader()).isFalse();
		assertThat(placed.get(0).box().getMaxX()).isLessThan(centre.getX());
	}

	@Test
	void keepsLabelsOfPointsAtTheEdgeInsideThePlot() {
		List<Point2D> centres = List.of(new Point2D.Double(AREA.getMaxX() - 5, AREA.getMinY() + 5),
				new Point2D.Double(AREA.getMinX() + 5, AREA.getMaxY() - 5));
		assertNoOverlapInside(PointLabels.layout(centres, inks(2), List.of(), AREA, RADIUS));
	}

	@Test
	void sameInputGivesTheSamePlacement() {
		List<Point2D> centres = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			centres.add(new Point2D.Double(800 + (i * 37) % 200, 400 + (i * 53) % 150));
		}
		List<PointLabels.Placed> first = PointLabels.layout(centres, inks(21), List.of(), AREA, RADIUS);
		List<PointLabels.Placed> second = PointLabels.layout(centres, inks(21), List.of(), AREA, RADIUS);
		assertThat(second).isEqualTo(first);
		assertNoOverlapInside(first);
	}

	/** Ink boxes the size of a three-character city name at 26 px, relative to the baseline. */
	private static List<Rectangle2D> inks(int count) {
		return Collections.nCopies(count, new Rectangle2D.Double(1, -22, 76, 25));
	}

	private static void assertNoOverlapInside(List<PointLabels.Placed> placed) {
		for (int i = 0; i < placed.size(); i++) {
			Rectangle2D box = placed.get(i).box();
			assertThat(AREA.contains(box)).as("label %d inside the plot", i).isTrue();
			for (int j = i + 1; j < placed.size(); j++) {
				assertThat(box.intersects(placed.get(j).box())).as("labels %d and %d overlap", i, j).isFalse();
			}
		}
	}
}
