package io.github.dupkit.io.report.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes the HTML page from the precompiled template {@code src/main/jte/report.jte}: one
 * self-contained document, CSS inline, no script, every text escaped by JTE's HTML output.
 */
final class Html {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Html.class.getClassLoader(), Html.class.getPackageName());

  private Html() {}

  static void write(Page page, Writer out) throws IOException {
    try {
      ENGINE.render("report.jte", page, new WriterOutput(out));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }
}
