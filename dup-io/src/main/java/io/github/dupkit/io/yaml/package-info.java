/**
 * DUPs, measurements and assessments as YAML documents, for plans edited by hand: {@link
 * io.github.dupkit.io.yaml.DupYaml}, the YAML face of the JSON format of {@link
 * io.github.dupkit.io.json.DupJson} (same fields, rules, limits and schema).
 *
 * <pre>{@code
 * String yaml = DupYaml.write(dup);
 * Dup back = DupYaml.read(yaml, Dup.class);   // back.equals(dup)
 * }</pre>
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.io.yaml;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
