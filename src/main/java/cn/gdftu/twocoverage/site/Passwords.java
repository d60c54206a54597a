package cn.gdftu.twocoverage.site;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How the site's passwords are hashed: the same for logging in and for the users command. */
public final class Passwords {

	public static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private Passwords() {
	}
}
