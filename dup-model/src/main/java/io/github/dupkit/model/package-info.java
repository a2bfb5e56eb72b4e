/**
 * The DUP (Documento Unico di Programmazione) as immutable value types: the plan of an Italian
 * local authority, from its strategic areas down to the indicators that measure each objective, and
 * the measurements taken.
 *
 * <h2>The tree</h2>
 *
 * <ul>
 *   <li>{@link io.github.dupkit.model.Dup}: authority (ente), title, {@link
 *       io.github.dupkit.model.Period period} (e.g. 2023-2025), provenance, strategic areas;
 *   <li>{@link io.github.dupkit.model.StrategicArea} (ambito strategico) →
 *   <li>{@link io.github.dupkit.model.StrategicObjective} (obiettivo strategico, optional missione
 *       code) →
 *   <li>{@link io.github.dupkit.model.OperationalObjective} (obiettivo operativo: purpose,
 *       councillors, units, partners, optional programma code, notes, further attributes) →
 *   <li>{@link io.github.dupkit.model.Indicator} (indicatore: formula and {@link
 *       io.github.dupkit.model.IndicatorTarget targets} as written, {@link
 *       io.github.dupkit.model.Baseline baseline}, unit, polarity, source, weight, notes, {@link
 *       io.github.dupkit.model.IndicatorFlag flags}).
 * </ul>
 *
 * <p>Measured values live apart from the plan, in {@link io.github.dupkit.model.Measurements} of
 * {@link io.github.dupkit.model.Measurement}s keyed by indicator id and year.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Indicator recycling = Indicator.builder()
 *     .id("2.3.4.1")
 *     .name("% raccolta differenziata")
 *     .formulaText("raccolta differenziata/totale rifiuti")
 *     .addTarget("72,50%")
 *     .polarity(Polarity.HIGHER_IS_BETTER)
 *     .build();
 * Dup dup = Dup.builder()
 *     .authority("Comune di Prato")
 *     .title("Documento Unico di Programmazione 2023/2025")
 *     .period(2023, 2025)
 *     .addArea(StrategicArea.builder().id("2").name("CITTA' DEL FUTURO")
 *         .addStrategicObjective(StrategicObjective.builder().id("2.3")
 *             .name("DAL DECORO DELLA CITTA' ALLA TUTELA DEL TERRITORIO")
 *             .addOperationalObjective(OperationalObjective.builder().id("2.3.4")
 *                 .title("Lo smaltimento dei rifiuti come strumento di sostenibilità ambientale")
 *                 .addCouncillor("Sanzò")
 *                 .addIndicator(recycling)
 *                 .build())
 *             .build())
 *         .build())
 *     .build();
 * dup.findIndicatorEntry("2.3.4.1").get().operationalObjective().title();
 * }</pre>
 *
 * <h2>Building and validation</h2>
 *
 * <p>Each type has a static {@code builder()} (or {@code of(…)} factories for small values). A
 * builder sets each attribute once and only adds to lists; {@code build()} checks the type's rules
 * and throws {@link java.lang.IllegalArgumentException} with a message naming the offending element
 * by id, e.g. {@code Indicator '2.3.4.1' has a target for 2026, outside the period 2023-2025}. A
 * missing required attribute, or one set twice, is an {@link java.lang.IllegalStateException} from
 * the builder, naming the element and the attribute: {@code Cannot build indicator '2.3.4.1': its
 * name is not set; set it with name(…)}. Ids are non-empty, without whitespace, and unique within a
 * {@code Dup}.
 *
 * <h2>Problems and extreme values</h2>
 *
 * <p>Texts that cannot be read are not errors at construction: {@link
 * io.github.dupkit.model.Dup#problems()} lists them before any assessment, as {@link
 * io.github.dupkit.model.PlanProblem}s (unreadable targets, texts that are not formulas, guessed
 * readings, formula warnings, baselines out of range). Measured values and baselines may be any
 * finite number; those outside the number policy of {@link
 * io.github.dupkit.formulas.ItalianNumbers} are assessed {@code NOT_ASSESSABLE} with the reason, so
 * no value makes a plan's assessment throw. Every reason is a text for people in Italian and
 * English (a formula that cannot be computed, a deadline that does not exist in the year), never
 * the English message of an exception.
 *
 * <h2>Null policy</h2>
 *
 * <p>No method of this package accepts or returns {@code null}: passing {@code null} throws {@link
 * java.lang.NullPointerException}, and absent values are {@link java.util.Optional} (or {@link
 * java.util.OptionalInt}). Collections are never null, empty by default, and cannot be modified.
 * Every value type is immutable and thread-safe; builders are not thread-safe.
 */
@DupStyle
@NullMarked
@CheckReturnValue
package io.github.dupkit.model;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
