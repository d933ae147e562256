package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One argument of an intrinsic function call, as {@link IntrinsicParser} reads it. Evaluation is left to
 * {@link Intrinsics}: literals are values already, paths are resolved against the state's data, nested
 * calls are evaluated first.
 */
sealed interface IntrinsicArgument {

    /** A number, {@code true}, {@code false} or {@code null} written in the call. */
    record Literal(JsonNode value) implements IntrinsicArgument {
    }

    /**
     * A string literal ({@code 'text'}) with its escapes applied. States.Format must tell a {@code {}}
     * written as such (a placeholder) from one written {@code \{\}} (literal braces), and the unescaped
     * text alone cannot say which is which: so the parser records where the unescaped pairs are.
     *
     * @param value        the text, escapes applied
     * @param placeholders the offsets in {@code value} of each {@code {}} pair that was not escaped, ascending
     */
    record Text(String value, List<Integer> placeholders) implements IntrinsicArgument {
        public Text {
            placeholders = List.copyOf(placeholders);
        }
    }

    /** A path: {@code $...} reads the effective input, {@code $$...} the context object. */
    record Path(String path) implements IntrinsicArgument {
        boolean isContextPath() {
            return path.startsWith("$$");
        }
    }

    /**
     * A call {@code States.Name(arguments)}, at the top of an expression or nested as an argument.
     *
     * @param function  the function name without the {@code States.} prefix
     * @param arguments the arguments in order
     * @param source    the call as written, quoted in error causes
     */
    record Call(String function, List<IntrinsicArgument> arguments, String source) implements IntrinsicArgument {
        public Call {
            arguments = List.copyOf(arguments);
        }

        String qualifiedName() {
            return "States." + function;
        }
    }
}
