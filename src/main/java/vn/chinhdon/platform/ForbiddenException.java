package vn.chinhdon.platform;

/** The record is visible to the caller, but the caller's role does not allow this action on it. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
