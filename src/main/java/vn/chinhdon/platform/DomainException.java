package vn.chinhdon.platform;

/**
 * A failure a user can understand. It carries a message key (resolved in messages_vi / messages_en)
 * and its arguments, so the same failure reads in Vietnamese on a page and in English in the API when
 * asked for.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected DomainException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
