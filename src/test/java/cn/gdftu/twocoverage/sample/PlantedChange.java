package cn.gdftu.twocoverage.sample;

import java.time.YearMonth;

/**
 * A change since the previous month that the report must list for a person to check (SPEC §11):
 * planted on purpose, or following from one planted the month before.
 *
 * @param period the month whose report lists it
 * @param cityCode the city whose return it is in
 * @param kind what the report lists it as
 * @param subject the county left out (roster), the union's unified social credit code, or the contract id
 * @param note what was planted, in a few words
 */
public record PlantedChange(YearMonth period, String cityCode, Kind kind, String subject, String note) {

	/** The report's kinds of unusual change. */
	public enum Kind {

		/** The roster shrank by more than the threshold. */
		ROSTER_SHRANK,

		/** The roster grew by more than the threshold. */
		ROSTER_GREW,

		/** A union's employees changed more than tenfold. */
		EMPLOYEES,

		/** A union with a committee and ten or more women members now reports none. */
		COMMITTEE_DROPPED,

		/** A contract still in force is no longer reported. */
		CONTRACT_VANISHED
	}
}
