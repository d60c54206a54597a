package cn.gdftu.twocoverage;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring configuration of the monthly job and the site. The command line ({@code cli.Main}) starts
 * it once the arguments are checked, on the database they name.
 */
@SpringBootApplication
public class TwoCoverageApplication {
}
