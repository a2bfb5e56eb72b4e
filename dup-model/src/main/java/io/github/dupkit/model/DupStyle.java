package io.github.dupkit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied once to the whole package in {@code
 * package-info.java}. Do not add inline {@code @Value.Style}s: Immutables does not merge styles.
 *
 * <ul>
 *   <li>{@code visibility = PACKAGE} and {@code overshadowImplementation = true}: the generated
 *       {@code Immutable…} classes stay package-private and builders return the public abstract
 *       type, so no generated type appears in a public signature;
 *   <li>{@code builderVisibility = PACKAGE}: the generated builders are package-private too, so
 *       Javadoc documents their public methods on the public {@code X.Builder} that extends them;
 *   <li>each value type exposes {@code public static final class Builder extends
 *       Immutable….Builder} (Immutables' "extending builder"), so chained calls return the public
 *       {@code X.Builder} and work from any package;
 *   <li>{@code strictBuilder = true}: an attribute may be set once, collections are only added to;
 *   <li>{@code depluralize = true}: {@code targets()} gets {@code addTarget(…)};
 *   <li>{@code throwForInvalidImmutableState = MissingAttributes.class}: a builder missing a
 *       required attribute throws {@link MissingAttributes} with the attributes' names, which each
 *       public builder turns into a message naming the element and the attributes in words.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    throwForInvalidImmutableState = MissingAttributes.class)
@interface DupStyle {}
