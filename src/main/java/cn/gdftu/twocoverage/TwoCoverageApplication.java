package cn.gdftu.twocoverage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TwoCoverageApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(TwoCoverageApplication.class, args)));
	}
}
