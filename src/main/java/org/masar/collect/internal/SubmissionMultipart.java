package org.masar.collect.internal;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Multipart limits per endpoint. The servlet container enforces one limit for the whole dispatcher servlet, the larger
 * of the pages' ({@code spring.servlet.multipart.max-file-size}/{@code max-request-size}, 5 MB/6 MB) and
 * {@code /submission}'s ({@code masar.collect.submission.max-file-size}/{@code max-request-size}); this resolver then
 * holds every other endpoint to the pages' limits before anything is read: a request whose declared length is over them
 * (or that declares none) is refused with {@link MaxUploadSizeExceededException}, as the container would have, and a
 * file over the pages' per-file limit is refused after parsing. {@code /submission} is resolved lazily, so its handler
 * parses the body itself and answers an oversized or truncated one as OpenRosa. Parts larger than
 * {@code masar.collect.submission.file-size-threshold} (64 KB) are spooled to disk by the container, never held in
 * memory.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionMultipart {

    @Bean
    MultipartConfigElement multipartConfigElement(
            @Value("${spring.servlet.multipart.max-file-size:5MB}") DataSize pageFile,
            @Value("${spring.servlet.multipart.max-request-size:6MB}") DataSize pageRequest,
            @Value("${masar.collect.submission.max-file-size:50MB}") DataSize submissionFile,
            @Value("${masar.collect.submission.max-request-size:50MB}") DataSize submissionRequest,
            @Value("${masar.collect.submission.file-size-threshold:64KB}") DataSize threshold) {
        return new MultipartConfigElement(
                "",
                Math.max(pageFile.toBytes(), submissionFile.toBytes()),
                Math.max(pageRequest.toBytes(), submissionRequest.toBytes()),
                (int) threshold.toBytes());
    }

    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    StandardServletMultipartResolver multipartResolver(
            @Value("${spring.servlet.multipart.max-file-size:5MB}") DataSize pageFile,
            @Value("${spring.servlet.multipart.max-request-size:6MB}") DataSize pageRequest) {
        return new Resolver(pageFile.toBytes(), pageRequest.toBytes());
    }

    /** The pages' limits everywhere but {@code /submission}. */
    static final class Resolver extends StandardServletMultipartResolver {

        private final long maxFile;
        private final long maxRequest;

        Resolver(long maxFile, long maxRequest) {
            this.maxFile = maxFile;
            this.maxRequest = maxRequest;
        }

        @Override
        public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
            if (isSubmission(request)) {
                return new LazySubmission(request);
            }
            long length = request.getContentLengthLong();
            if (length < 0 || length > maxRequest) {
                throw new MaxUploadSizeExceededException(maxRequest);
            }
            MultipartHttpServletRequest resolved = super.resolveMultipart(request);
            for (var files : resolved.getMultiFileMap().values()) {
                for (MultipartFile file : files) {
                    if (file.getSize() > maxFile) {
                        cleanupMultipart(resolved);
                        throw new MaxUploadSizeExceededException(maxFile);
                    }
                }
            }
            return resolved;
        }

        /**
         * {@code /submission} resolved lazily. Its parameters are its query string's only: the container would
         * otherwise parse the whole body the first time anything asks for a parameter (the locale interceptor's
         * {@code lang}), before the handler can refuse an oversized or truncated one.
         */
        static final class LazySubmission extends StandardMultipartHttpServletRequest {

            private final Map<String, String[]> query;

            LazySubmission(HttpServletRequest request) {
                super(request, true);
                MultiValueMap<String, String> values = UriComponentsBuilder.newInstance()
                        .query(request.getQueryString())
                        .build()
                        .getQueryParams();
                Map<String, String[]> decoded = new LinkedHashMap<>();
                values.forEach((name, list) -> decoded.put(
                        decode(name),
                        list.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
                this.query = Collections.unmodifiableMap(decoded);
            }

            private static String decode(String text) {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            }

            @Override
            public @Nullable String getParameter(String name) {
                String[] values = query.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public String @Nullable [] getParameterValues(String name) {
                return query.get(name);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(query.keySet());
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return query;
            }
        }

        static boolean isSubmission(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return "/submission".equals(path);
        }
    }
}
