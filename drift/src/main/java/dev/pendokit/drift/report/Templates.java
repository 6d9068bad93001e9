package dev.pendokit.drift.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Renders report.md and report.html from the Mustache templates beside this class
 * ({@code report.md.mustache}, {@code report.html.mustache}).
 */
final class Templates {

    private Templates() {}

    /** report.md: values are printed as they are (the view has escaped them for Markdown). */
    static String markdown(ReportView view) {
        return render(new VerbatimMustacheFactory(), "report.md.mustache", view);
    }

    /** report.html: Mustache HTML-escapes every {@code {{value}}}. */
    static String html(ReportView view) {
        return render(new DefaultMustacheFactory(), "report.html.mustache", view);
    }

    private static String render(DefaultMustacheFactory factory, String template, ReportView view) {
        // Read here rather than by the factory's resolver, which looks in the thread's context class
        // loader: inside Maven that is not always the plugin's.
        InputStream stream = Templates.class.getResourceAsStream(template);
        if (stream == null) {
            throw new IllegalStateException("the drift report template " + template + " is missing from the pendokit-drift jar");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            Mustache mustache = factory.compile(reader, template);
            StringWriter out = new StringWriter();
            mustache.execute(out, view).flush();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the drift report template " + template, e);
        }
    }

    /** Markdown is not HTML: {@code &} and {@code <} must reach the reader as they are. */
    private static final class VerbatimMustacheFactory extends DefaultMustacheFactory {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new MustacheException("cannot write " + value, e);
            }
        }
    }
}
