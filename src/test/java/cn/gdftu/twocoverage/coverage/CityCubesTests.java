package cn.gdftu.twocoverage.coverage;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** Which cube the publish step gets: the one computed ahead for its own execution, or one computed now. */
class CityCubesTests {

	private static final Period PERIOD = Period.parse("2026-10");

	/** Where each cube was computed: "city@thread". */
	private final ConcurrentLinkedQueue<String> computed = new ConcurrentLinkedQueue<>();

	private volatile boolean failing;

	private CityCubes cubes;

	@AfterEach
	void close() {
		this.cubes.close();
	}

	@Test
	void aCityStoredIsComputedOnceAheadAndTakenAsIs() {
		this.cubes = new CityCubes(store(), true);
		this.cubes.stored(7, 3, PERIOD, "440100");
		List<CubeCell> cube = this.cubes.take(7, 3, PERIOD, "440100");
		assertThat(cube).singleElement().extracting(CubeCell::countyCode).isEqualTo("440100@2026-10-31");
		assertThat(this.computed).containsExactly("440100@coverage-cube");
	}

	@Test
	void aCityNotStoredByThisExecutionIsComputedByTheCaller() {
		this.cubes = new CityCubes(store(), true);
		this.cubes.stored(6, 3, PERIOD, "440100");
		awaitComputed(1);
		this.cubes.take(7, 3, PERIOD, "440100");
		this.cubes.take(7, 3, PERIOD, "440200");
		String caller = Thread.currentThread().getName();
		assertThat(this.computed).containsExactly("440100@coverage-cube", "440100@" + caller, "440200@" + caller);
	}

	@Test
	void aCubeThatFailedAheadIsComputedAgainByTheCaller() {
		this.cubes = new CityCubes(store(), true);
		this.failing = true;
		this.cubes.stored(7, 3, PERIOD, "440100");
		awaitComputed(1);
		this.failing = false;
		assertThat(this.cubes.take(7, 3, PERIOD, "440100")).hasSize(1);
		assertThat(this.computed).containsExactly("440100@coverage-cube",
				"440100@" + Thread.currentThread().getName());
	}

	@Test
	void offNothingIsComputedAhead() {
		this.cubes = new CityCubes(store(), false);
		this.cubes.stored(7, 3, PERIOD, "440100");
		this.cubes.take(7, 3, PERIOD, "440100");
		assertThat(this.computed).containsExactly("440100@" + Thread.currentThread().getName());
	}

	@Test
	void aPublishForgetsWhatWasLeftAhead() {
		this.cubes = new CityCubes(store(), true);
		this.cubes.stored(7, 3, PERIOD, "440100");
		awaitComputed(1);
		this.cubes.forgetAll();
		this.cubes.take(7, 3, PERIOD, "440100");
		assertThat(this.computed).hasSize(2).last().isEqualTo("440100@" + Thread.currentThread().getName());
	}

	private void awaitComputed(int count) {
		long until = System.nanoTime() + 10_000_000_000L;
		while (this.computed.size() < count && System.nanoTime() < until) {
			Thread.onSpinWait();
		}
		assertThat(this.computed).hasSize(count);
	}

	/** A store whose cube is one cell naming the city and date asked for; it records who asked. */
	private CoverageStore store() {
		return (CoverageStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { CoverageStore.class },
				(proxy, method, args) -> {
					if (!method.getName().equals("cube")) {
						throw new UnsupportedOperationException(method.getName());
					}
					String city = (String) args[2];
					this.computed.add(city + "@" + Thread.currentThread().getName());
					if (this.failing) {
						throw new IllegalStateException("database is locked");
					}
					return List.of(new CubeCell(city + "@" + (LocalDate) args[1], "C", "private", Figures.NONE));
				});
	}
}
