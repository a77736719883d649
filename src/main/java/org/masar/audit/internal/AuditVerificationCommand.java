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
 * {@code --verify-audit}: verifies the chain from the command line (for a cron job or an auditor), prints the result
 * and exits with 0 when intact, 3 when broken.
 *
 * <pre>java -jar masar.jar --verify-audit</pre>
 */
@Component
class AuditVerificationCommand implements ApplicationRunner {

    static final String OPTION = "verify-audit";
    static final int BROKEN = 3;

    private final AuditTrail audit;
    private final ConfigurableApplicationContext context;

    AuditVerificationCommand(AuditTrail audit, ConfigurableApplicationContext context) {
        this.audit = audit;
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

    /** The command runs without a signed-in user: it acts as the system, with the one permission it needs. */
    AuditVerification verifyAsSystem() {
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
                ? "Audit chain intact: " + result.entriesChecked() + " entries verified."
                : "Audit chain BROKEN at entry " + result.firstBrokenSequence() + " (" + result.problem() + ") after "
                        + result.entriesChecked() + " entries.";
    }
}
