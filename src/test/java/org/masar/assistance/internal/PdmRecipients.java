package org.masar.assistance.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.masar.access.CurrentUser;
import org.masar.access.UserId;
import org.masar.people.AgeBand;
import org.masar.people.PersonId;
import org.masar.people.Sex;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recipients of a distribution or cash cycle for monitoring's tests, written exactly as a hand-over or a collected
 * transfer writes them: one service per person through {@link ServiceRecorder#recordReceived} (the contract every
 * part that delivers uses), in a transaction, as the signed-in user who handed over. Used until distributions' own
 * API is on this branch; the persons are registered through the people API by the caller.
 */
public final class PdmRecipients {

    private final ServiceRecorder recorder;
    private final TransactionTemplate transactions;

    public PdmRecipients(ApplicationContext context) {
        this.recorder = context.getBean(ServiceRecorder.class);
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    private record Signed(UserId id, String username) implements CurrentUser {}

    /** One recipient: the person, their sex when served. */
    public record Recipient(String person, Sex sex) {}

    /** Records that each person received from the source, at a Tripoli distribution under the programme. */
    public List<String> received(
            UUID handedOverBy, String username, String source, UUID sourceId, String programme, List<Recipient> who) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                new Signed(new UserId(handedOverBy), username), null, List.of());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            return transactions.execute(status -> {
                List<String> services = new java.util.ArrayList<>();
                for (Recipient recipient : who) {
                    services.add(recorder.recordReceived(new ServiceRecorder.Received(
                                    new PersonId(UUID.fromString(recipient.person())),
                                    null,
                                    "nfi",
                                    null,
                                    null,
                                    null,
                                    "LY021104",
                                    LocalDate.now(ZoneId.of("Africa/Tripoli")),
                                    programme,
                                    "PDM-TEST",
                                    "LY021104",
                                    recipient.sex(),
                                    AgeBand.FROM_18_TO_59,
                                    source,
                                    sourceId))
                            .toString());
                }
                return services;
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
