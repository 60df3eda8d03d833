package io.dto.plugins.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.OrderStatus;
import io.dto.plugins.fix.RecordingSink.OrderState;
import io.dto.plugins.fixsim.FixSimVenue;
import io.dto.plugins.fixsim.book.OrderView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import quickfix.Session;
import quickfix.SessionID;

/** Compares what the gateway side heard with what the venue holds, order by order, and both sessions' numbers. */
final class VenueState {

    static final SessionID VENUE_SIDE = new SessionID("FIX.4.4", "FIXSIM", "DTO");
    static final SessionID GATEWAY_SIDE = new SessionID("FIX.4.4", "DTO", "FIXSIM");

    private VenueState() {
    }

    /** Every order's status, filled quantity and average price are the venue's; no fill was applied twice. */
    static void assertSinkMatchesVenue(RecordingSink sink, FixSimVenue venue, List<String> ids) throws Exception {
        Map<String, OrderView> held = venue.orders(VENUE_SIDE, ids).get(10, TimeUnit.SECONDS);
        assertThat(held).as("the venue knows every order of the stream").hasSize(ids.size());
        List<String> mismatches = new ArrayList<>();
        BigDecimal heardFilled = BigDecimal.ZERO;
        BigDecimal venueFilled = BigDecimal.ZERO;
        for (String id : ids) {
            OrderView venueOrder = held.get(id);
            OrderState heard = sink.order(id);
            OrderStatus heardStatus = heard == null ? null : heard.status;
            BigDecimal filled = heard == null ? BigDecimal.ZERO : heard.filled;
            if (heardStatus != venueOrder.status() || filled.compareTo(BigDecimal.valueOf(venueOrder.cumQty())) != 0
                    || filled.signum() > 0 && heard.averagePrice().subtract(venueOrder.avgPx()).abs()
                            .compareTo(new BigDecimal("0.000001")) > 0) {
                mismatches.add(id + ": heard " + heard + ", venue " + venueOrder.status() + " filled "
                        + venueOrder.cumQty() + " at " + venueOrder.avgPx());
            }
            heardFilled = heardFilled.add(filled);
            venueFilled = venueFilled.add(BigDecimal.valueOf(venueOrder.cumQty()));
        }
        assertThat(mismatches).as("orders whose state differs from the venue's").isEmpty();
        assertThat(heardFilled).as("total filled quantity").isEqualByComparingTo(venueFilled);
        assertThat(sink.unflaggedRepeats()).as("repeated ExecIDs without possDuplicate").isZero();
    }

    /**
     * Each side expects next exactly what the other sends next: no gap, no pending resend. A heartbeat or a late
     * report can be on the wire when this is asked, so the numbers are read until they agree or 10 s have passed.
     */
    static void assertSequenceNumbersAgree() throws InterruptedException {
        Session gateway = Session.lookupSession(GATEWAY_SIDE);
        Session venue = Session.lookupSession(VENUE_SIDE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!numbersAgree(gateway, venue) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(gateway.isLoggedOn()).isTrue();
        assertThat(venue.isLoggedOn()).isTrue();
        assertThat(gateway.getExpectedSenderNum()).as("gateway sends next what the venue expects")
                .isEqualTo(venue.getExpectedTargetNum());
        assertThat(venue.getExpectedSenderNum()).as("venue sends next what the gateway expects")
                .isEqualTo(gateway.getExpectedTargetNum());
    }

    private static boolean numbersAgree(Session gateway, Session venue) {
        return gateway.isLoggedOn() && venue.isLoggedOn()
                && gateway.getExpectedSenderNum() == venue.getExpectedTargetNum()
                && venue.getExpectedSenderNum() == gateway.getExpectedTargetNum();
    }
}
