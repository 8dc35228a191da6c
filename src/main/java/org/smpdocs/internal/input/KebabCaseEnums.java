package org.smpdocs.internal.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads (and writes) every enum in its lower-case, kebab-case spelling ("frontal-hairline" for
 * FRONTAL_HAIRLINE) and nothing else: no ordinals, no other casing. An unknown spelling goes to
 * the context's problem handler, so it is reported with the list of allowed values.
 */
final class KebabCaseEnums extends SimpleModule {
    private static final long serialVersionUID = 1L;

    KebabCaseEnums() {
        super("kebab-case-enums");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new Deserializer(type.getRawClass());
            }
        });
        addSerializer(new Serializer());
    }

    /** Writes every enum constant in its kebab-case spelling. */
    private static final class Serializer extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Enum<?>> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Enum.class, false);
        }

        @Override
        public void serialize(Enum<?> value, com.fasterxml.jackson.core.JsonGenerator gen,
                com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
            gen.writeString(spelling(value));
        }
    }

    /** The JSON spelling of an enum constant. */
    static String spelling(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The JSON spellings of an enum type's constants, in declaration order. */
    static List<String> spellings(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> spelling((Enum<?>) c)).toList();
    }

    private static final class Deserializer extends StdScalarDeserializer<Object> {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, Object> bySpelling;

        Deserializer(Class<?> type) {
            super(type);
            bySpelling = Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(c -> spelling((Enum<?>) c), Function.identity()));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            Object value = bySpelling.get(text);
            return value != null ? value : ctxt.handleWeirdStringValue(handledType(), text, "unknown value");
        }
    }
}
