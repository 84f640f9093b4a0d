package dev.kubelab.sandbox.selector;

import dev.kubelab.sandbox.text.GoQuote;

import java.util.List;

/** field.Invalid(path, value, detail).Error() as selectors print it: {@code <path>: Invalid value: "<value>": <detail>}. */
final class InvalidValue {
    private InvalidValue() {
    }

    static String message(String path, String value, List<String> details) {
        return path + ": Invalid value: " + GoQuote.quote(value) + ": " + String.join("; ", details);
    }
}
