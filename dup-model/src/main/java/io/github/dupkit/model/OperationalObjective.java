package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An operational objective (obiettivo operativo) of the Sezione Operativa: what the authority will
 * do in the period to pursue a {@link StrategicObjective}, who answers for it, and the {@link
 * Indicator}s that measure it.
 *
 * <pre>{@code
 * OperationalObjective waste = OperationalObjective.builder()
 *     .id("2.3.4")
 *     .title("Lo smaltimento dei rifiuti come strumento di sostenibilità ambientale")
 *     .addCouncillor("Sanzò")
 *     .addUnit("Servizio Sviluppo economico, SUEAP e Tutela dell'Ambiente")
 *     .addPartner("Alia Spa")
 *     .addIndicator(recycling)
 *     .build();
 * }</pre>
 *
 * <p>Rules checked when built: a valid {@link #id()}, a non-blank {@link #title()}, no blank texts
 * (attribute names and values included), a programma code of the form {@code MM.PP}, and ids unique
 * among the objective and its indicators.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OperationalObjective {
  OperationalObjective() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; {@code id} and {@code title} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the objective's id, stable and unique within its {@link Dup}.
   *
   * @return e.g. {@code "2.3.4"} or a slug; non-empty, without whitespace
   */
  public abstract String id();

  /**
   * Returns the objective's title as written in the document.
   *
   * @return e.g. {@code "Lo smaltimento dei rifiuti come strumento di sostenibilità ambientale"};
   *     never blank
   */
  public abstract String title();

  /**
   * Returns the purpose (finalità) of the objective.
   *
   * @return the purpose, or empty
   */
  public abstract Optional<String> purpose();

  /**
   * Returns the councillors answering for the objective (assessori di riferimento), in document
   * order.
   *
   * @return e.g. {@code ["Sanzò"]}; possibly empty, none blank
   */
  public abstract ImmutableList<String> councillors();

  /**
   * Returns the internal units (strutture interne) working on the objective, in document order.
   *
   * @return e.g. {@code ["Servizio Mobilità e Infrastrutture", "Corpo di Polizia Municipale"]};
   *     possibly empty, none blank
   */
  public abstract ImmutableList<String> units();

  /**
   * Returns the owned companies and concessionaires involved (organismi partecipati, concessionari
   * di servizi pubblici), in document order.
   *
   * @return e.g. {@code ["Alia Spa"]}; possibly empty, none blank
   */
  public abstract ImmutableList<String> partners();

  /**
   * Returns the budget programma code the objective is tied to.
   *
   * @return a code {@code MM.PP} such as {@code "09.03"}, or empty
   */
  public abstract Optional<String> programCode();

  /**
   * Returns free-text notes on the objective (the document's "Note" column), in document order.
   *
   * @return the notes, possibly empty; none is blank
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns further attributes of the objective that the model has no place for, by name, in the
   * order read: a source table's extra columns, such as {@code "Codice PEG" -> "PEG-2023-14"}.
   *
   * <pre>{@code
   * OperationalObjective.builder().id("1.1.1").title("Gestione delle emergenze")
   *     .putAttribute("Codice PEG", "PEG-2023-14")
   *     .build()
   *     .attributes();   // {Codice PEG=PEG-2023-14}
   * }</pre>
   *
   * @return the attributes, possibly empty; no name or value is blank
   */
  public abstract ImmutableMap<String, String> attributes();

  /**
   * Returns the indicators that measure the objective, in document order.
   *
   * @return the indicators, possibly empty
   */
  public abstract ImmutableList<Indicator> indicators();

  @Value.Check
  void check() {
    Validation.checkId("operational objective", id(), title());
    String owner = "Operational objective '" + id() + "'";
    Validation.checkNotBlank(title(), owner, "title");
    Validation.checkNotBlank(purpose(), owner, "purpose");
    Validation.checkNoneBlank(councillors(), owner, "councillor");
    Validation.checkNoneBlank(units(), owner, "unit");
    Validation.checkNoneBlank(partners(), owner, "partner");
    Validation.checkNoneBlank(notes(), owner, "note");
    for (Map.Entry<String, String> attribute : attributes().entrySet()) {
      checkArgument(
          !Validation.isBlank(attribute.getKey()), "%s has an attribute with a blank name", owner);
      checkArgument(
          !Validation.isBlank(attribute.getValue()),
          "%s has a blank value for attribute '%s'",
          owner,
          attribute.getKey());
    }
    programCode()
        .ifPresent(
            code ->
                checkArgument(
                    Validation.isProgramCode(code),
                    "%s has an invalid programma code '%s': expected MM.PP, a missione code"
                        + " (01-20, 50, 60, 99), a dot and a programma number from 01 to 99",
                    owner,
                    code));
    registerIds(new Validation.UniqueIds(), "operational objective '" + id() + "'");
  }

  /**
   * Records the ids of this objective and its indicators, this objective being at {@code place}.
   */
  void registerIds(Validation.UniqueIds ids, String place) {
    ids.add(id(), place);
    for (int i = 0; i < indicators().size(); i++) {
      ids.add(
          indicators().get(i).id(),
          "indicator at position " + (i + 1) + " in operational objective '" + id() + "'");
    }
  }

  /**
   * Builds an {@link OperationalObjective}. Each attribute may be set once; lists are added to.
   *
   * <p>Not thread-safe; use one builder per thread.
   */
  public static final class Builder extends ImmutableOperationalObjective.Builder {
    Builder() {}

    /**
     * Builds the {@link OperationalObjective}, checking its rules.
     *
     * @return the operational objective
     * @throws IllegalStateException if a required attribute is not set; the message names the
     *     operational objective (its id, or else its title, when set) and says which attributes to
     *     set, in words
     * @throws IllegalArgumentException if a rule of {@link OperationalObjective} is broken
     */
    @Override
    public OperationalObjective build() {
      try {
        return super.build();
      } catch (MissingAttributes e) {
        throw e.describe("operational objective", this, "title");
      }
    }
  }
}
