package vn.chinhdon.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Two doors: people log in with a form (session, CSRF on); other systems call the stateless,
 * CSRF-exempt {@code /api/**} with HTTP Basic. Both go through the same throttled password check.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${chinhdon.security.verified-credentials-minutes:5}") int minutes) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle,
                new VerifiedCredentials(java.time.Duration.ofMinutes(minutes), clock));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ThrottledAuthenticationProvider provider) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            boolean locked = e instanceof LockedException;
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"chinhdon\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            boolean en = String.valueOf(request.getHeader("Accept-Language")).startsWith("en");
            String title = en ? "Authentication required" : "Cần đăng nhập";
            String detail = locked
                    ? (en ? "Too many failed logins; try again in " + e.getMessage() + " minutes."
                            : "Đăng nhập sai quá nhiều lần; vui lòng thử lại sau " + e.getMessage() + " phút.")
                    : (en ? "Send valid credentials (HTTP Basic)." : "Hãy gửi tên đăng nhập và mật khẩu hợp lệ (HTTP Basic).");
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":401,\"title\":\"" + title
                    + "\",\"detail\":\"" + detail + "\"}");
        };
        http.securityMatcher("/api/**")
                .authenticationProvider(provider)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, ThrottledAuthenticationProvider provider) throws Exception {
        var failure = new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
                    HttpServletResponse response, org.springframework.security.core.AuthenticationException e)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                if (e instanceof LockedException) {
                    getRedirectStrategy().sendRedirect(request, response, "/login?locked=" + e.getMessage());
                } else {
                    super.onAuthenticationFailure(request, response, e);
                }
            }
        };
        http.authenticationProvider(provider)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failure).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'")));
        return http.build();
    }
}
