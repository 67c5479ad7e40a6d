package vn.chinhdon.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.platform.CurrentUser;

/** Puts {@link Navigation} on every page request (error pages included), never on the API. */
@Configuration(proxyBeanMethods = false)
class NavigationConfiguration implements WebMvcConfigurer {

    private final AccessControl access;

    NavigationConfiguration(AccessControl access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getAttribute(Navigation.ATTRIBUTE) == null) {
                    CurrentUser user = CurrentUser.get().filter(u -> !u.isSystem()).orElse(null);
                    request.setAttribute(Navigation.ATTRIBUTE,
                            new Navigation(user, () -> access.scope().admin(), request.getRequestURI(),
                                    request.getQueryString(), "GET".equals(request.getMethod())));
                }
                return true;
            }
        }).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**", "/actuator/**");
    }
}
