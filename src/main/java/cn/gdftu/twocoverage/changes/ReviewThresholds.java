package cn.gdftu.twocoverage.changes;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one review setting of SPEC §12 beyond those of §11 ({@link ChangeThresholds}): a city's coverage by
 * units that fell by more than {@code ratedropPoints} percentage points since its previous period is a
 * warning ({@code two-coverage.review.rate-drop-points}, default 5).
 */
@ConfigurationProperties("two-coverage.review")
public record ReviewThresholds(@DefaultValue("5") BigDecimal rateDropPoints) {

	public static final ReviewThresholds DEFAULTS = new ReviewThresholds(new BigDecimal("5"));

	public ReviewThresholds {
		if (rateDropPoints == null || rateDropPoints.signum() <= 0) {
			throw new IllegalArgumentException(
					"two-coverage.review.rate-drop-points must be above 0, e.g. 5, got " + rateDropPoints);
		}
	}
}
