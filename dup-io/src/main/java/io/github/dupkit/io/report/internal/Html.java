package io.github.dupkit.io.report.internal;

import gg.jte.TemplateOutput;
import gg.jte.html.HtmlInterceptor;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes the HTML page from the template {@code src/main/jte/report.jte}, which the build turns
 * into {@code JtereportGenerated}: called directly, so that javac checks the call as it checks the
 * template's code, and no reflection is needed on the module path. JTE's HTML output escapes every
 * value for where it is written (text, attribute).
 */
final class Html {
  /** The template intercepts no tag (the plugin is given no {@code htmlTags}). */
  private static final HtmlInterceptor NO_INTERCEPTOR =
      new HtmlInterceptor() {
        @Override
        public void onHtmlTagOpened(
            String name, Map<String, Object> attributes, TemplateOutput output) {}

        @Override
        public void onHtmlTagClosed(String name, TemplateOutput output) {}
      };

  private Html() {}

  static void write(Page page, Writer out) throws IOException {
    try {
      JtereportGenerated.render(
          new OwaspHtmlTemplateOutput(new WriterOutput(out)), NO_INTERCEPTOR, page);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }
}
