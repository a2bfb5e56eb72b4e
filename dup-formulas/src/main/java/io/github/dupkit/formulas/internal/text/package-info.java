/**
 * Texts for people in Italian and English, shared by every DUPkit module and exported only to them:
 * each module keeps a typed message catalogue, an enum of keys implementing {@link
 * io.github.dupkit.formulas.internal.text.MessageKey} with {@code messages_it.properties} and
 * {@code messages_en.properties} (UTF-8) beside it, read and checked by {@link
 * io.github.dupkit.formulas.internal.text.Catalogue}. Values keep a {@link
 * io.github.dupkit.formulas.internal.text.Text} (key and arguments) and write it only when asked,
 * with {@link java.text.MessageFormat} and {@link
 * io.github.dupkit.formulas.internal.text.PeopleFormat}, the one formatter of numbers, percentages,
 * money and dates per language. Italian is the default and the language of any locale other than
 * English ({@link io.github.dupkit.formulas.internal.text.Languages}); the JVM's default locale is
 * never used.
 *
 * <pre>{@code
 * enum Msg implements MessageKey {
 *   ACHIEVED;
 *   private static final Catalogue<Msg> TEXTS = Catalogue.load(Msg.class, Msg.class::getResourceAsStream);
 *   public Catalogue<?> catalogue() { return TEXTS; }
 * }
 * Text t = Text.of(Msg.ACHIEVED);
 * t.render(Locale.ENGLISH);
 * }</pre>
 *
 * <p>Not part of DUPkit's supported API: anything here may change in any release.
 *
 * <p>Null policy: nothing here accepts or returns {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.formulas.internal.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
