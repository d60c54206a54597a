package cn.gdftu.twocoverage.sample;

import java.util.SplittableRandom;

/**
 * Derives independent, stable random streams from the run's seed and a path of numbers (a city, an
 * employer's index, a group), so that an employer is the same every month however many come before.
 */
final class Seeds {

	private Seeds() {
	}

	/** SplitMix64's finaliser over the seed and each part in turn. */
	static long mix(long seed, long... parts) {
		long z = seed;
		for (long part : parts) {
			z = finalise(z ^ finalise(part + 0x9E3779B97F4A7C15L));
		}
		return finalise(z);
	}

	static SplittableRandom random(long seed, long... parts) {
		return new SplittableRandom(mix(seed, parts));
	}

	/** A stable number for a text such as a city code or a period. */
	static long of(String text) {
		long h = 1125899906842597L;
		for (int i = 0; i < text.length(); i++) {
			h = 31 * h + text.charAt(i);
		}
		return h;
	}

	/** An index into {@code cumulative} (ascending, last = total) drawn with those weights. */
	static int pick(SplittableRandom random, double[] cumulative) {
		double x = random.nextDouble() * cumulative[cumulative.length - 1];
		for (int i = 0; i < cumulative.length; i++) {
			if (x < cumulative[i]) {
				return i;
			}
		}
		return cumulative.length - 1;
	}

	static double[] cumulative(double... weights) {
		double[] cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
		return cumulative;
	}

	private static long finalise(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
