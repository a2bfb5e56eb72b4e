package io.github.dupkit.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A builder's {@code build()} called before every required attribute was set. The generated
 * builders throw it with the names of the missing attributes ({@link DupStyle} names this class in
 * {@code throwForInvalidImmutableState}); each public builder catches it and throws {@link
 * #describe} instead, whose message names the element (its id when set, else its name) and says in
 * words what to set:
 *
 * <pre>
 * Cannot build indicator '2.3.4.1': its name is not set; set it with name(…)
 * Cannot build an indicator: its id and name are not set; set them with id(…) and name(…)
 * Cannot build the DUP of 'Comune di Prato': its period is not set; set it with period(firstYear, lastYear)
 * </pre>
 */
final class MissingAttributes extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** How each required attribute is said and set. */
  private static final ImmutableMap<String, String[]> WORDS =
      ImmutableMap.<String, String[]>builder()
          .put("id", new String[] {"id", "id(…)"})
          .put("name", new String[] {"name", "name(…)"})
          .put("title", new String[] {"title", "title(…)"})
          .put("authority", new String[] {"authority (ente)", "authority(…)"})
          .put("period", new String[] {"period", "period(firstYear, lastYear)"})
          .buildOrThrow();

  /** The names of the attributes that were not set. */
  @SuppressWarnings("serial") // an ImmutableList of strings is serializable
  private final ImmutableList<String> missing;

  /**
   * Called by the generated builders with the attributes not set.
   *
   * @param missing the attribute names, e.g. {@code ["id", "name"]}
   */
  public MissingAttributes(String[] missing) {
    super("Cannot build: required attributes are not set " + List.of(missing));
    this.missing = ImmutableList.copyOf(missing);
  }

  private MissingAttributes(String message, ImmutableList<String> missing) {
    super(message);
    this.missing = missing;
  }

  /**
   * Returns the names of the attributes that were not set.
   *
   * @return e.g. {@code [name]}
   */
  ImmutableList<String> missing() {
    return missing;
  }

  /**
   * Returns the exception to throw for {@code builder}, naming the element and the attributes in
   * words.
   *
   * @param kind the element, in words: {@code "indicator"}, {@code "strategic area"}
   * @param builder the builder that failed, whose id or name (when set) names the element
   * @param nameAttribute the attribute that names the element when it has no id: {@code "name"},
   *     {@code "title"}, {@code "authority"}
   * @return an {@link IllegalStateException} with the message
   */
  MissingAttributes describe(String kind, Object builder, String nameAttribute) {
    Optional<String> id = missing.contains("id") ? Optional.empty() : attribute(builder, "id");
    Optional<String> name =
        missing.contains(nameAttribute) ? Optional.empty() : attribute(builder, nameAttribute);
    String element;
    if (id.isPresent()) {
      element = kind + " '" + id.get() + "'";
    } else if (kind.equals("DUP")) {
      element = "the DUP" + name.map(a -> " of '" + a + "'").orElse("");
    } else if (name.isPresent()) {
      element = "the " + kind + " with " + nameAttribute + " '" + name.get() + "'";
    } else {
      element = (startsWithVowel(kind) ? "an " : "a ") + kind;
    }
    List<String> said = new ArrayList<>();
    List<String> setters = new ArrayList<>();
    for (String attribute : missing) {
      String[] words = WORDS.getOrDefault(attribute, new String[] {attribute, attribute + "(…)"});
      said.add(words[0]);
      setters.add(words[1]);
    }
    boolean one = missing.size() == 1;
    String message =
        "Cannot build "
            + element
            + ": its "
            + String.join(" and ", said)
            + (one ? " is" : " are")
            + " not set; set "
            + (one ? "it" : "them")
            + " with "
            + String.join(" and ", setters);
    MissingAttributes described = new MissingAttributes(message, missing);
    described.setStackTrace(getStackTrace());
    return described;
  }

  private static boolean startsWithVowel(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0;
  }

  /**
   * Reads an attribute already set on a generated builder, to name the element in the message. The
   * generated builders keep their values private and offer no getters, so this looks at the field
   * of the same name; when that is not possible the message only leaves the element unnamed.
   */
  private static Optional<String> attribute(Object builder, String attribute) {
    for (Class<?> c = builder.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(attribute);
        field.setAccessible(true);
        @Nullable Object value = field.get(builder);
        return value instanceof String s ? Optional.of(s) : Optional.empty();
      } catch (NoSuchFieldException e) {
        // look in the superclass: the generated builder that the public one extends
      } catch (IllegalAccessException | RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
