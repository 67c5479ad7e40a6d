package vn.chinhdon;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Calls every request mapping of the application (found by reflection, so a new endpoint cannot be missed) as one
 * user: the path variables filled by {@code fill}; for the methods that are not GET a JSON body (API) or the same
 * fields as a form (pages, with {@code formQuery} instead of {@code query}); a CSV file for the multipart ones.
 * Returns every response.
 */
final class EndpointWalk {

    private EndpointWalk() {
    }

    /** One call: the method, the path, the status and the body of the response. */
    record Call(String method, String path, int status, String content) {

        @Override
        public String toString() {
            return method + " " + path + " → " + status;
        }
    }

    static List<Call> walk(MockMvc mvc, RequestMappingHandlerMapping mappings, Function<String, String> fill,
            Map<String, String> query, Map<String, String> formQuery, String jsonBody, Map<String, Object> formFields,
            String csv, RequestPostProcessor who) throws Exception {
        List<Call> calls = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("vn.chinhdon")) {
                continue;
            }
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean multipartOnly = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(t -> t.includes(MediaType.MULTIPART_FORM_DATA));
            for (String pattern : info.getPatternValues()) {
                String path = fill.apply(pattern);
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    AbstractMockHttpServletRequestBuilder<?> req;
                    Map<String, String> params = query;
                    if (multipartOnly) {
                        req = multipart(HttpMethod.valueOf(m.name()), path)
                                .file(new MockMultipartFile("file", "x.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
                    } else if (!path.startsWith("/api/") && m != RequestMethod.GET) {
                        // pages: the same fields as a form
                        req = request(HttpMethod.valueOf(m.name()), path);
                        params = formQuery;
                        for (Map.Entry<String, Object> f : formFields.entrySet()) {
                            if (f.getValue() instanceof String || f.getValue() instanceof Number || f.getValue() instanceof Boolean) {
                                req.param(f.getKey(), String.valueOf(f.getValue()));
                            }
                        }
                    } else {
                        req = request(HttpMethod.valueOf(m.name()), path);
                        if (m != RequestMethod.GET) {
                            req.contentType(MediaType.APPLICATION_JSON).content(jsonBody);
                        }
                    }
                    for (Map.Entry<String, String> q : params.entrySet()) {
                        req.param(q.getKey(), q.getValue());
                    }
                    req.with(who).with(csrf());
                    MockHttpServletResponse response = mvc.perform(req).andReturn().getResponse();
                    calls.add(new Call(m.name(), path, response.getStatus(),
                            response.getContentAsString(StandardCharsets.UTF_8)));
                }
            }
        }
        return calls;
    }
}
