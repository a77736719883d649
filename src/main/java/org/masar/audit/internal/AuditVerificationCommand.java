package org.masar.audit.internal;

import java.util.List;
import org.masar.audit.AuditTrail;
import org.masar.audit.AuditVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code --verify-audit}: verifies the keyed chain from the command line (for a cron job or an auditor), prints the
 * result and exits with 0 when intact, 3 when broken. It needs the same key as the nodes ({@code MASAR_AUDIT_KEY}, or
 * {@code MASAR_CRYPTO_KEY} or its key file, see {@link AuditKey}).
 *
 * <pre>java -jar masar.jar --verify-audit</pre>
 */
@Component
class AuditVerificationCommand implements ApplicationRunner {

    static final String OPTION = "verify-audit";
    static final int BROKEN = 3;

    private final AuditTrail audit;
    private final AuditChainer chainer;
    private final ConfigurableApplicationContext context;

    AuditVerificationCommand(AuditTrail audit, AuditChainer chainer, ConfigurableApplicationContext context) {
        this.audit = audit;
        this.chainer = chainer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        AuditVerification result = verifyAsSystem();
        System.out.println(describe(result));
        int code = result.intact() ? 0 : BROKEN;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /**
     * The command runs without a signed-in user: it acts as the system, with the one permission it needs. It links
     * what is committed first: at start-up the scheduled chainer may not have run yet (after an upgrade, none of the
     * old entries is linked), and entries waiting for it are not the tampering the command looks for.
     */
    AuditVerification verifyAsSystem() {
        chainer.linkAllCommitted();
        var previous = SecurityContextHolder.getContext();
        try {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "system", null, List.of(new SimpleGrantedAuthority("audit:verify"))));
            SecurityContextHolder.setContext(context);
            return audit.verify();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static String describe(AuditVerification result) {
        return result.intact()
                ? "Audit chain intact: " + result.entriesChecked() + " entries verified, " + result.pendingEntries()
                        + " committed since and not linked yet."
                : "Audit chain BROKEN at entry " + result.firstBrokenSequence() + " (" + result.problem() + ") after "
                        + result.entriesChecked() + " entries.";
    }
}
