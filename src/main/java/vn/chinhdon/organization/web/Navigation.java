package vn.chinhdon.organization.web;

import java.util.function.BooleanSupplier;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chinhdon.platform.CurrentUser;

/**
 * What the layout's navigation bar needs, as the request attribute {@code nav}: who is logged in and
 * whether they administer accounts. The grant check runs only when a full page is rendered.
 */
public final class Navigation {

    static final String ATTRIBUTE = "nav";

    private final CurrentUser user;
    private final BooleanSupplier adminCheck;
    private final String path;
    private final String query;
    private final boolean get;
    private Boolean admin;

    Navigation(CurrentUser user, BooleanSupplier adminCheck, String path, String query, boolean get) {
        this.user = user;
        this.adminCheck = adminCheck;
        this.path = path;
        this.query = query;
        this.get = get;
    }

    public boolean isLoggedIn() {
        return user != null;
    }

    public String getDisplayName() {
        return user == null ? null : user.displayName();
    }

    public String getUsername() {
        return user == null ? null : user.getUsername();
    }

    /** Administrators see the "Tài khoản" menu (the facade checks again on every call). */
    public boolean isAdmin() {
        if (admin == null) {
            admin = user != null && adminCheck.getAsBoolean();
        }
        return admin;
    }

    /** Whether the current page lies under {@code prefix} (for the active menu item). */
    public boolean at(String prefix) {
        return path != null && ("/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix));
    }

    /**
     * This page with one query parameter set (pagination, language), the others kept; the home page after
     * a POST. Built here rather than by a bean, because Thymeleaf does not allow bean calls in links.
     */
    public String url(String name, Object value) {
        if (!get || path == null) {
            return "/?" + name + "=" + value;
        }
        return UriComponentsBuilder.fromUriString(path + (query == null ? "" : "?" + query))
                .replaceQueryParam(name, value).build().toUriString();
    }
}
