package org.masar.shared;

import org.springframework.http.HttpStatus;

/** The caller is known but lacks the permission or scope for this step: a 403. */
public class ForbiddenException extends ProblemException {

    private final boolean auditedWhereRaised;

    public ForbiddenException(String code, Object... arguments) {
        this(false, code, arguments);
    }

    /**
     * @param auditedWhereRaised whether the raising code has already recorded the refusal in the audit trail, with more
     *     detail than the trail's net for every refusal would
     */
    protected ForbiddenException(boolean auditedWhereRaised, String code, Object... arguments) {
        super(code, HttpStatus.FORBIDDEN, arguments);
        this.auditedWhereRaised = auditedWhereRaised;
    }

    /** A refusal that the raising code has just recorded in the audit trail itself, so that it is not recorded twice. */
    public static ForbiddenException audited(String code, Object... arguments) {
        return new ForbiddenException(true, code, arguments);
    }

    @Override
    public boolean auditedWhereRaised() {
        return auditedWhereRaised;
    }
}
