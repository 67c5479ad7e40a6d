package vn.chinhdon.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;

/**
 * A module's card on the home page, which belongs to the organization module (that may not depend on the
 * modules adding cards): the card's data is added to the {@code home} view as a model attribute, for a
 * logged-in user only, computed when the page is rendered.
 */
public final class HomeCards {

    private HomeCards() {
    }

    public static void register(InterceptorRegistry registry, String attribute, Supplier<?> card) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView mav) {
                if (mav != null && "home".equals(mav.getViewName()) && CurrentUser.get().isPresent()) {
                    mav.addObject(attribute, card.get());
                }
            }
        }).addPathPatterns("/");
    }
}
