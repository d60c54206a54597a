package cn.gdftu.twocoverage;

/**
 * The one line a failure gives a user: the message of its innermost cause (the wrappers of Spring,
 * JDBC or the batch add nothing a user can act on), never a stack trace.
 */
public final class Failures {

	private Failures() {
	}

	/** The innermost cause of a failure (the failure itself when it has none). */
	public static Throwable root(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	/** The innermost cause's message, or its kind (class name) when it has none. */
	public static String rootMessage(Throwable failure) {
		Throwable root = root(failure);
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}
}
