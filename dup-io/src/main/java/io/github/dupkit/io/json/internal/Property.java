package io.github.dupkit.io.json.internal;

import java.util.Optional;
import java.util.function.Function;

/**
 * One field of an object in the format.
 *
 * @param <T> the model type the object stands for
 * @param name the field's name, the model attribute's name
 * @param format the kind of its value
 * @param required whether every document must give it
 * @param description what it means, for the schema
 * @param getter the value to write; empty to leave the field out
 * @param defaultValue the value a reader assumes when the field is left out, if any (for the
 *     schema)
 * @param derived whether the field is computed from others, written for readers of the document and
 *     not an attribute of the model
 */
public record Property<T>(
    String name,
    ValueFormat format,
    boolean required,
    String description,
    Function<T, Optional<?>> getter,
    Optional<String> defaultValue,
    boolean derived) {}
