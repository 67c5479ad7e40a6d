package vn.chinhdon.platform.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password login (form and HTTP Basic) with the lock of {@link LoginThrottle} in front of it, and
 * passwords verified within the last minutes accepted without a second bcrypt check
 * ({@link VerifiedCredentials}, decision 0013). The account itself is loaded on every request, so a
 * disabled or locked account is refused at once.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final VerifiedCredentials verified;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            VerifiedCredentials verified) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getPrincipal());
        LoginThrottle.State state = throttle.state(username);
        if (state.minutesLocked() > 0) {
            throw new LockedException(String.valueOf(state.minutesLocked()));
        }
        try {
            Authentication result = super.authenticate(authentication);
            if (state.failures()) {
                throttle.succeeded(username);
            }
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username);
            throw e;
        }
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
            throws AuthenticationException {
        String presented = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        if (verified.verified(user.getUsername(), user.getPassword(), presented)) {
            return;
        }
        super.additionalAuthenticationChecks(user, authentication);
        verified.remember(user.getUsername(), user.getPassword(), presented);
    }
}
