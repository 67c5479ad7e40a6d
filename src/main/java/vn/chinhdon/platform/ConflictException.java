package vn.chinhdon.platform;

/** Someone changed the record since the caller read it (stale version), or a uniqueness rule was hit. */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
