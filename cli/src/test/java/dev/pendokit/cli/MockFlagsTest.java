package dev.pendokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pendokit.mock.PendoMock;
import dev.pendokit.mock.limit.RateLimit;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code pendokit mock} takes the flags of {@code pendo-mock-server.jar}, whose command line is
 * read by hand in its own {@code Main}: this keeps the two from drifting apart, by the usage text
 * the jar prints and the defaults it declares.
 */
class MockFlagsTest {

    private final CommandSpec mock = Main.commandLine().getSubcommands().get("mock").getCommandSpec();

    @Test
    void theFlagsAreThoseOfTheMocksJar() throws ReflectiveOperationException {
        Set<String> jar = new TreeSet<>();
        Matcher flag = Pattern.compile("(?m)^\\s+(--[a-z-]+)").matcher(staticField("dev.pendokit.mock.Main", "USAGE").toString());
        while (flag.find()) {
            jar.add(flag.group(1));
        }
        Set<String> ours = new TreeSet<>();
        for (OptionSpec option : mock.options()) {
            ours.add(option.longestName());
        }
        ours.remove("--version");

        assertThat(jar).contains("--port", "--export-stubs", "--help");
        assertThat(ours).isEqualTo(jar);
    }

    @Test
    void theDefaultsAreThoseOfTheMocksJar() throws ReflectiveOperationException {
        assertThat(mock.findOption("--port").defaultValue())
                .isEqualTo(staticField("dev.pendokit.mock.Options", "DEFAULT_PORT").toString());
        assertThat(new ByteSizeConverter().convert(mock.findOption("--max-body-size").defaultValue()))
                .isEqualTo(PendoMock.DEFAULT_MAX_BODY_SIZE);
        assertThat(mock.findOption("--aggregation-rows").defaultValue()).isEqualTo("0");
    }

    @Test
    void sizesAreReadAsTheJarReadsThem() {
        ByteSizeConverter sizes = new ByteSizeConverter();

        assertThat(sizes.convert("1048576")).isEqualTo(1_048_576L);
        assertThat(sizes.convert("512kb")).isEqualTo(512L * 1024);
        assertThat(sizes.convert("1 GB")).isEqualTo(1024L * 1024 * 1024);
    }

    @Test
    void rateLimitsAreReadByTheJarsParser() {
        RateLimitConverter limits = new RateLimitConverter();

        assertThat(limits.convert("10/s")).isEqualTo(RateLimit.perSecond(10));
        assertThat(limits.convert("600/min")).isEqualTo(RateLimit.perMinute(600));
        assertThatThrownBy(() -> limits.convert("5/h")).isInstanceOf(TypeConversionException.class)
                .hasMessage("'5/h' is not a rate limit: give a number of requests per second or per minute, 1 or more"
                        + " (10/s, 600/min)");
    }

    /** The mock keeps these package-private: they are its command line's, not its API. */
    private static Object staticField(String type, String name) throws ReflectiveOperationException {
        Field field = Class.forName(type).getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }
}
