package org.fugong.push;

import java.util.List;
import java.util.UUID;

/**
 * Used when no Firebase credentials and no endpoint are configured: every push is recorded as
 * SIMULATED with a made-up id, so the rest of the pipeline (inbox, ledger, console) runs for real.
 */
class SimulatedPushGateway implements PushGateway {

    @Override
    public List<PushResult> send(List<PushMessage> messages) {
        return messages.stream().map(m -> PushResult.simulated("simulated/" + UUID.randomUUID())).toList();
    }

    @Override
    public boolean isSimulated() {
        return true;
    }
}
