package fr.ctg.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied by each value package's {@code package-info}.
 *
 * <p>Generated types are named {@code ImmutableX}, use only JDK collections (no Guava type leaks
 * through the public API), and reject {@code null} everywhere: absence is {@code Optional}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    depluralize = true)
public @interface ValueStyle {}
