package cn.gdftu.twocoverage.changes;

/** A union on both rosters whose figures a person should check: which rule it tripped, and its figures. */
public record UnusualUnion(String cityCode, String employerId, String employerName, long employeesPrevious,
		long employeesCurrent, long womenEmployeesPrevious, long womenEmployeesCurrent, long womenMembersPrevious,
		long womenMembersCurrent, String womenOrgPrevious, String womenOrgCurrent, boolean employeesJump,
		boolean womenEmployeesJump, boolean womenMembersJump, boolean committeeDropped) {
}
