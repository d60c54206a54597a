package cn.gdftu.twocoverage.job;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "validate", description = "报送前自查一个市的文件夹")
class ValidateCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		return Failure.of(MonthlyCommand.BAD_ARGUMENTS, "validate: not yet");
	}
}
