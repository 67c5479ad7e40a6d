package vn.chinhdon.platform;

/** The record does not exist, or exists outside the caller's grants (its existence is not revealed). */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
