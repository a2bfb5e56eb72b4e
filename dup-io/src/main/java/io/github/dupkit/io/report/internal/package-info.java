/**
 * The machinery of {@code io.github.dupkit.io.report}, not part of the API: the content of a report
 * with its texts and rounded values ({@link io.github.dupkit.io.report.internal.Page}), the texts
 * of each language ({@code messages_it.properties}, keys in {@link
 * io.github.dupkit.io.report.internal.Msg}), and the writers of each format. The HTML page comes
 * from the JTE template {@code src/main/jte/report.jte}, which the build turns into the class
 * {@code JtereportGenerated} of this package.
 *
 * <pre>{@code
 * Render.html(Page.of(dup, assessments, 2025, title, notes, diagnostics, 2, Texts.of(locale)), out);
 * }</pre>
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.io.report.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
