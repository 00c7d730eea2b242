package io.newsflow.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed OpenAPI document is valid OpenAPI 3 and describes every public route the service has. */
class OpenApiDocumentTest {

    @Test
    void theDocumentIsValidAndListsEveryPublicRoute() throws Exception {
        final String json;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DocRoutes.OPENAPI)) {
            assertNotNull(in, DocRoutes.OPENAPI);
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        final SwaggerParseResult result = new OpenAPIParser().readContents(json, null, null);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
        assertNotNull(result.getOpenAPI());
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3."));
        assertEquals(Set.of("/api/articles", "/api/articles/{id}", "/api/entities", "/api/countries", "/api/places",
                "/api/stories", "/api/stories/{id}", "/api/stream", "/api/openapi.json", "/api/asyncapi.json"),
                result.getOpenAPI().getPaths().keySet());
        final var list = result.getOpenAPI().getPaths().get("/api/articles").getGet();
        assertEquals(Set.of("person", "org", "place", "country", "track", "talks", "story", "q", "since", "until",
                "limit", "cursor"), Set.copyOf(list.getParameters().stream().map(p -> p.getName()).toList()));
    }
}
