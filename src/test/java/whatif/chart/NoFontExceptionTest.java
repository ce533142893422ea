package whatif.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

/** Which failures are a machine without fonts; the JDK's own failure is met for real in {@code NoFontProcessTest}. */
class NoFontExceptionTest {
    @Test
    void theJdksFontconfigFailureUnderItsWrappersIsAMissingFont() {
        RuntimeException fontconfig = new RuntimeException("Fontconfig head is null, check your fonts or fonts configuration");
        InternalError wrapped = new InternalError(new InvocationTargetException(fontconfig));

        assertThat(NoFontException.recognize(wrapped)).get()
                .extracting(NoFontException::jdkMessage).isEqualTo("Fontconfig head is null, check your fonts or fonts configuration");
    }

    @Test
    void aFailureThrownFromTheJdksFontCodeIsAMissingFont() {
        Error error = new Error("no font");
        error.setStackTrace(new StackTraceElement[] {new StackTraceElement("sun.font.FontManagerFactory", "getInstance", null, 1)});

        assertThat(NoFontException.recognize(new IllegalStateException(error))).isPresent();
    }

    @Test
    void anyOtherFailureStaysABug() {
        assertThat(NoFontException.recognize(new IllegalStateException("no row", new ArithmeticException("/ by zero")))).isEmpty();
        assertThat(NoFontException.recognize(new OutOfMemoryError("Java heap space"))).isEmpty();
    }
}
