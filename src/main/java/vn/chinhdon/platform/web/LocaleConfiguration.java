package vn.chinhdon.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first, English second: {@code ?lang=en} on a page sets a cookie; the API follows
 * {@code Accept-Language}; everything else is Vietnamese.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String COOKIE = "lang";
    /** The language chosen by {@code ?lang=} on this very request (the cookie only comes back on the next one). */
    private static final String CHOSEN = LocaleConfiguration.class.getName() + ".CHOSEN";

    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
                    return chosen;
                }
                if (request.getCookies() != null) {
                    for (Cookie c : request.getCookies()) {
                        if (COOKIE.equals(c.getName())) {
                            return "en".equals(c.getValue()) ? Locale.ENGLISH : VIETNAMESE;
                        }
                    }
                }
                // pages stay Vietnamese whatever the browser says (many phones are set to English); the API
                // follows Accept-Language
                if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    return VIETNAMESE;
                }
                String header = request.getHeader("Accept-Language");
                return header != null && header.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VIETNAMESE;
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                boolean english = locale != null && "en".equals(locale.getLanguage());
                request.setAttribute(CHOSEN, english ? Locale.ENGLISH : VIETNAMESE);
                Cookie cookie = new Cookie(COOKIE, english ? "en" : "vi");
                cookie.setPath("/");
                cookie.setMaxAge(365 * 24 * 3600);
                cookie.setHttpOnly(true);
                response.addCookie(cookie);
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
    }
}
