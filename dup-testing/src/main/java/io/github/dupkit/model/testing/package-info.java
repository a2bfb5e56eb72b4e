/**
 * Generators of whole DUP models and their measurements, for users' own property tests (storage
 * round trips, reports, anything that handles a {@link io.github.dupkit.model.Dup}).
 *
 * <p>This package lives in the {@code io.github.dupkit:dup-testing} artifact beside {@code
 * io.github.dupkit.formulas.testing}: the formula kit needs dup-formulas only, these generators
 * need dup-model, and a package of their own keeps that visible in the imports. Users add the
 * artifact with {@code <scope>test</scope>}.
 *
 * <pre>{@code
 * Dup dup = ModelGenerators.dups().apply(new SplittableRandom(42));
 * qt().forAll(ModelGens.dups()).checkAssert(d -> assertEquals(d, roundTrip(d)));
 * }</pre>
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}. The generators are
 * stateless and thread-safe.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.model.testing;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
