package org.fugong.base;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

/**
 * JSON text fields of the API take JSON strings only, and only clean ones: a number, boolean, object
 * or array where a text is expected is refused (Jackson would turn {@code 42} into {@code "42"}), and
 * so is a string with control characters, text-direction overrides or a lone surrogate (see
 * {@link Texts#hasControlCharacters}). Both are a 400 on the field ({@link ApiProblemHandler}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictStrings() {
        SimpleModule module = new SimpleModule("fugong-strict-strings");
        module.addDeserializer(String.class, new StrictStringDeserializer());
        return builder -> builder.modulesToInstall(module);
    }

    /** A text with characters no form takes. */
    static final class ForbiddenText extends InvalidFormatException {
        ForbiddenText(JsonParser parser, String value) {
            super(parser, "text with forbidden characters", value, String.class);
        }
    }

    static final class StrictStringDeserializer extends StdScalarDeserializer<String> {

        StrictStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (Texts.hasControlCharacters(text)) {
                    throw new ForbiddenText(parser, text);
                }
                return text;
            }
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
    }
}
