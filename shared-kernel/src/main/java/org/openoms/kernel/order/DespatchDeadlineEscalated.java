package org.openoms.kernel.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An order awaiting despatch turned amber or red; recorded once per change of light. */
@Revision("1")
public record DespatchDeadlineEscalated(OrderId orderId, DespatchLight light, Instant despatchDeadline,
                                        Instant escalatedAt) implements ConcernsOrder {
}
