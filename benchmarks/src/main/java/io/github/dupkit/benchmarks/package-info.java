/**
 * JMH benchmarks of DUPkit against its peers (EvalEx, exp4j, Commons JEXL) and hand-written Java,
 * with a correctness gate run before anything is timed; never deployed.
 *
 * <pre>{@code
 * scripts/bench.sh quick              # short settings, every benchmark
 * scripts/bench.sh full               # the settings of RESULTS.md
 * scripts/bench.sh quick Evaluate     # a regex of benchmarks
 * }</pre>
 *
 * <p>Nothing in this package accepts or returns {@code null}.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.benchmarks;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
