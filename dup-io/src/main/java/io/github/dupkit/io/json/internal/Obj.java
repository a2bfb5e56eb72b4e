package io.github.dupkit.io.json.internal;

import java.util.function.Supplier;

/**
 * A nested object of another format; a supplier, because formats may nest themselves. A class of
 * its own (not nested in {@link ValueFormat}), so that the kinds of values do not depend on the
 * object formats that use them.
 *
 * @param format supplies the object's format
 */
public record Obj(Supplier<ObjectFormat<?>> format) implements ValueFormat {}
